/** The console's beeper, with whether the browser blocks it; the first click or key press anywhere unblocks it. */
import { useEffect, useState } from 'preact/hooks';
import { createBeeper, type Beeper } from './sound';

export function useSound(): { beeper?: Beeper; blocked: boolean } {
  const [beeper, setBeeper] = useState<Beeper>();
  const [blocked, setBlocked] = useState(false);

  useEffect(() => {
    const created = createBeeper();
    const update = () => setBlocked(created.blocked);
    created.onChange(update);
    // Any gesture counts as permission for audio, so the agent rarely needs the banner at all.
    const unblock = () => {
      if (created.blocked) created.allow().catch(() => {});
    };
    document.addEventListener('pointerdown', unblock);
    document.addEventListener('keydown', unblock);
    setBeeper(created);
    update();
    return () => {
      document.removeEventListener('pointerdown', unblock);
      document.removeEventListener('keydown', unblock);
      created.close();
    };
  }, []);

  return { beeper, blocked };
}
