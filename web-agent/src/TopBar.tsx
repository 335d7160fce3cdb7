/** Top of the Chat screen: who is signed in, the Present/Away status (top right, as agents expect it) and Log out (asked first while chats go on or transfers wait). */
import type { AgentProfile } from '../../functions/protocol/http';
import type { PresenceStatus } from '../../functions/protocol/server-frames';
import { useState } from 'preact/hooks';
import { LanguageSwitch } from './LanguageSwitch';
import { LogOutDialog } from './LogOutDialog';
import { PresenceToggle } from './PresenceToggle';
import { NotificationsButton } from './NotificationsButton';
import { RepliesButton } from './RepliesButton';
import { t } from './strings';

interface Props {
  agent: AgentProfile;
  presence: PresenceStatus;
  online: boolean;
  onStatus(status: PresenceStatus): void;
  /** The chats this agent is answering. */
  ongoing: number;
  /** Who offered each transfer waiting for this agent's answer. */
  offeredBy: string[];
  onLogOut(): void;
}

export function TopBar({ agent, presence, online, onStatus, ongoing, offeredBy, onLogOut }: Props) {
  const [asking, setAsking] = useState(false);
  return (
    <header class="topbar">
      <h1>{t.appName}</h1>
      <span class="who">{agent.name}</span>
      <RepliesButton />
      <NotificationsButton />
      <PresenceToggle status={presence} disabled={!online} onChange={onStatus} />
      <LanguageSwitch />
      <button type="button" class="link" onClick={() => (ongoing > 0 || offeredBy.length > 0 ? setAsking(true) : onLogOut())}>
        {t.logOut}
      </button>
      {asking && <LogOutDialog ongoing={ongoing} offeredBy={offeredBy} onLogOut={onLogOut} onStay={() => setAsking(false)} />}
    </header>
  );
}
