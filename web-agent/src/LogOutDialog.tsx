/**
 * Log out with chats still going or transfers offered: the agent is told their chats go back to the
 * queue unless they return in time, and that the offers are declined (their senders keep the chats).
 */
import { AGENT_GONE_MINUTES } from '../../functions/protocol/constants';
import { Dialog } from './Dialog';
import { t } from './strings';

interface Props {
  ongoing: number;
  /** Who offered each transfer waiting for this agent. */
  offeredBy: string[];
  onLogOut(): void;
  onStay(): void;
}

export function LogOutDialog({ ongoing, offeredBy, onLogOut, onStay }: Props) {
  return (
    <Dialog title={t.logOutWithChats.title} onClose={onStay}>
      {ongoing > 0 && <p>{t.logOutWithChats.text(ongoing, AGENT_GONE_MINUTES)}</p>}
      {offeredBy.length > 0 && <p>{t.logOutWithChats.offersDeclined(offeredBy)}</p>}
      <div class="actions">
        <button type="button" autoFocus onClick={onStay}>{t.logOutWithChats.stay}</button>
        <button type="button" class="danger" onClick={onLogOut}>{t.logOut}</button>
      </div>
    </Dialog>
  );
}
