/** Chooses the screen: loading, login, or the Chat screen once an agent is signed in. */
import { useEffect, useState } from 'preact/hooks';
import type { AgentProfile, ClientConfig } from '../../functions/protocol/http';
import { fetchMe, loadConfig } from './api';
import { session } from './session';
import { drafts } from './drafts';
import { LoginForm } from './LoginForm';
import { ChatScreen } from './ChatScreen';
import { SetPasswordForm } from './SetPasswordForm';
import { settleLanguage } from './profile-language';
import { forgetProfileLanguage } from './language';
import { t } from './strings';

type Screen =
  | { kind: 'loading' }
  | { kind: 'failed' }
  | { kind: 'login'; notice?: string; email?: string }
  | { kind: 'chat'; config: ClientConfig; token: string; agent: AgentProfile }
  | { kind: 'invite'; token: string };

export function App() {
  const [config, setConfig] = useState<ClientConfig>();
  const [screen, setScreen] = useState<Screen>({ kind: 'loading' });

  useEffect(() => {
    (async () => {
      const loaded = await loadConfig();
      setConfig(loaded);
      const invite = /^#invite=([A-Za-z0-9_-]+)$/.exec(location.hash)?.[1];
      if (invite) return setScreen({ kind: 'invite', token: invite });
      const token = session.load();
      const agent = token ? await fetchMe(loaded, token) : undefined;
      if (token && agent) {
        if (!settleLanguage(loaded, token, agent)) setScreen({ kind: 'chat', config: loaded, token, agent });
      } else setScreen({ kind: 'login' });
    })().catch(() => setScreen({ kind: 'failed' }));
  }, []);

  const logOut = (notice?: string, email?: string) => {
    session.clear();
    forgetProfileLanguage();
    setScreen({ kind: 'login', notice, email });
  };

  switch (screen.kind) {
    case 'loading':
      return <p class="loading">{t.loading}</p>;
    case 'failed':
      return <p role="alert" class="loading">{t.unreachable}</p>;
    case 'login':
      return (
        <LoginForm
          config={config!}
          notice={screen.notice}
          email={screen.email}
          onLoggedIn={(token, agent) => {
            session.save(token);
            if (!settleLanguage(config!, token, agent)) setScreen({ kind: 'chat', config: config!, token, agent });
          }}
        />
      );
    case 'invite':
      return (
        <SetPasswordForm
          config={config!}
          token={screen.token}
          onDone={(notice, email) => {
            // The link is spent: keep it out of the address bar and history.
            history.replaceState(null, '', location.pathname + location.search);
            logOut(notice, email);
          }}
        />
      );
    case 'chat':
      return (
        <ChatScreen
          config={screen.config}
          token={screen.token}
          agent={screen.agent}
          onLogOut={() => (drafts.forgetAll(), logOut())}
          onExpired={() => logOut(t.sessionExpired)}
        />
      );
  }
}
