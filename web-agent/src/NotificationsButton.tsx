/** "Enable notifications" while the browser has not been asked yet; a plain note once it refused. */
import { useState } from 'preact/hooks';
import { notificationState, requestNotifications } from './notifications';
import { t } from './strings';

export function NotificationsButton() {
  const [state, setState] = useState(notificationState);
  if (state === 'denied') return <span class="muted small">{t.notificationsBlocked}</span>;
  if (state !== 'default') return null;
  return (
    <button type="button" class="link" onClick={() => requestNotifications().then(setState, () => setState(notificationState()))}>
      {t.enableNotifications}
    </button>
  );
}
