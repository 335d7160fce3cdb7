/** Log out with chats still going: the agent is told they go back to the queue unless they return in time. */
import { AGENT_GONE_MINUTES } from '../../functions/protocol/constants';
import { Dialog } from './Dialog';
import { t } from './strings';

interface Props {
  ongoing: number;
  onLogOut(): void;
  onStay(): void;
}

export function LogOutDialog({ ongoing, onLogOut, onStay }: Props) {
  return (
    <Dialog title={t.logOutWithChats.title} onClose={onStay}>
      <p>{t.logOutWithChats.text(ongoing, AGENT_GONE_MINUTES)}</p>
      <div class="actions">
        <button type="button" autoFocus onClick={onStay}>{t.logOutWithChats.stay}</button>
        <button type="button" class="danger" onClick={onLogOut}>{t.logOut}</button>
      </div>
    </Dialog>
  );
}
