/** Whether the agent can see the console: its tab is visible and its window has focus. */
import { useEffect, useState } from 'preact/hooks';

export const attending = (): boolean => document.visibilityState === 'visible' && document.hasFocus();

export function useAttention(): boolean {
  const [attention, setAttention] = useState(attending);
  useEffect(() => {
    const update = () => setAttention(attending());
    window.addEventListener('focus', update);
    window.addEventListener('blur', update);
    document.addEventListener('visibilitychange', update);
    return () => {
      window.removeEventListener('focus', update);
      window.removeEventListener('blur', update);
      document.removeEventListener('visibilitychange', update);
    };
  }, []);
  return attention;
}
