/** Top of the Chat screen: who is signed in, the Present/Away status (top right, as agents expect it) and Log out. */
import type { AgentProfile } from '../../functions/protocol/http';
import type { PresenceStatus } from '../../functions/protocol/server-frames';
import { LanguageSwitch } from './LanguageSwitch';
import { PresenceToggle } from './PresenceToggle';
import { NotificationsButton } from './NotificationsButton';
import { RepliesButton } from './RepliesButton';
import { t } from './strings';

interface Props {
  agent: AgentProfile;
  presence: PresenceStatus;
  online: boolean;
  onStatus(status: PresenceStatus): void;
  onLogOut(): void;
}

export function TopBar({ agent, presence, online, onStatus, onLogOut }: Props) {
  return (
    <header class="topbar">
      <h1>{t.appName}</h1>
      <span class="who">{agent.name}</span>
      <RepliesButton />
      <NotificationsButton />
      <PresenceToggle status={presence} disabled={!online} onChange={onStatus} />
      <LanguageSwitch />
      <button type="button" class="link" onClick={onLogOut}>
        {t.logOut}
      </button>
    </header>
  );
}
