/** Says plainly when the console is not connected: agents must not miss chats to a silently dead socket. */
import type { ConnectionState } from '../../functions/protocol/browser-client';
import { t } from './strings';

export function ConnectionBanner({ state }: { state: ConnectionState }) {
  if (state === 'online') return null;
  return (
    <div class={`banner banner-${state}`} role="status">
      {state === 'connecting' ? t.connecting : t.reconnecting}
    </div>
  );
}
