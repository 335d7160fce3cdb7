/** Whether the console's browser tab is visible (not in the background or minimised). */
import { useEffect, useState } from 'preact/hooks';

const visible = () => document.visibilityState !== 'hidden';

export function usePageVisible(): boolean {
  const [shown, setShown] = useState(visible);
  useEffect(() => {
    const update = () => setShown(visible());
    document.addEventListener('visibilitychange', update);
    return () => document.removeEventListener('visibilitychange', update);
  }, []);
  return shown;
}
