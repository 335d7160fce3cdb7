/** Email and password; a refused login shows the server's reason. */
import { useState } from 'preact/hooks';
import type { AgentProfile, ClientConfig } from '../../functions/protocol/http';
import { LoginError, logIn } from './api';
import { LanguageSwitch } from './LanguageSwitch';
import { t } from './strings';

interface Props {
  config: ClientConfig;
  /** Why the agent is here again, e.g. an expired session. */
  notice?: string;
  /** The address to sign in with, when known (a password just set from an invite): only the password is left to type. */
  email?: string;
  onLoggedIn(token: string, agent: AgentProfile): void;
}

export function LoginForm({ config, notice, email: known, onLoggedIn }: Props) {
  const [email, setEmail] = useState(known ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const { token, agent } = await logIn(config, email, password);
      onLoggedIn(token, agent);
    } catch (err) {
      setError(err instanceof LoginError ? err.message : t.login.failed);
      setBusy(false);
    }
  }

  return (
    <main class="login">
      <form onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">{t.appName}</h1>
        {notice && <p role="status">{notice}</p>}
        <label>
          {t.login.email}
          <input type="email" autocomplete="username" required value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
        </label>
        <label>
          {t.login.password}
          <input type="password" autocomplete="current-password" required autoFocus={!!known} value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
        </label>
        {error && <p role="alert" class="error">{error}</p>}
        <button type="submit" disabled={busy}>
          {t.login.submit}
        </button>
      </form>
      <LanguageSwitch />
    </main>
  );
}
