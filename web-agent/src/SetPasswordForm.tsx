/** Where a set-password link lands: the agent chooses a password (twice), then logs in as usual. */
import { useState } from 'preact/hooks';
import { MIN_PASSWORD } from '../../functions/protocol/admin-constants';
import type { ClientConfig } from '../../functions/protocol/http';
import { AdminApiError, acceptInvite } from './admin-api';
import { ta } from './admin-strings';
import { t } from './strings';

interface Props {
  config: ClientConfig;
  token: string;
  /** Back to the login form, with what to tell the agent there and the address to sign in with. */
  onDone(notice: string, email: string): void;
}

export function SetPasswordForm({ config, token, onDone }: Props) {
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    if (password !== repeat) return setError(ta.invite.mismatch);
    setBusy(true);
    setError(undefined);
    try {
      const { email } = await acceptInvite(config, token, password);
      onDone(ta.invite.done(email), email);
    } catch (err) {
      setError(err instanceof AdminApiError ? err.message : ta.unreachable);
      setBusy(false);
    }
  }

  return (
    <main class="login">
      <form onSubmit={submit} aria-labelledby="invite-title">
        <h1 id="invite-title">{t.appName}</h1>
        <h2>{ta.invite.title}</h2>
        <label>
          {ta.invite.password}
          <input type="password" autocomplete="new-password" required minLength={MIN_PASSWORD} maxLength={200} value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
          <span class="muted small">{ta.passwordHint(MIN_PASSWORD)}</span>
        </label>
        <label>
          {ta.invite.repeat}
          <input type="password" autocomplete="new-password" required value={repeat} onInput={(e) => setRepeat(e.currentTarget.value)} />
        </label>
        {error && <p role="alert" class="error">{error}</p>}
        <button type="submit" disabled={busy}>{ta.invite.submit}</button>
      </form>
    </main>
  );
}
