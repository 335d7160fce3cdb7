/** Says plainly that the browser blocks sound, and lets one click allow it: a silent console misses chats. */
import { t } from './strings';

export function SoundBanner({ onAllow }: { onAllow(): void }) {
  return (
    <button type="button" class="banner banner-sound" onClick={onAllow}>
      {t.soundBlocked}
    </button>
  );
}
