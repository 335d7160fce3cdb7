/** How an agent gets a password: typed in by the admin now, or chosen by the agent through a one-time link. */
import { useId } from 'preact/hooks';
import { MIN_PASSWORD } from '../../functions/protocol/admin-constants';
import { ta } from './admin-strings';

export type CredentialChoice = { kind: 'password'; password: string } | { kind: 'invite' };

interface Props {
  value: CredentialChoice;
  onChange(value: CredentialChoice): void;
}

export function CredentialFields({ value, onChange }: Props) {
  const hint = useId();
  return (
    <fieldset class="choice">
      <legend>{ta.credential}</legend>
      <label class="inline">
        <input type="radio" name="credential" checked={value.kind === 'password'} onChange={() => onChange({ kind: 'password', password: '' })} />
        {ta.setPasswordNow}
      </label>
      {value.kind === 'password' && (
        <label>
          {ta.newPassword}
          <input
            type="password"
            autocomplete="new-password"
            required
            minLength={MIN_PASSWORD}
            maxLength={200}
            aria-describedby={hint}
            value={value.password}
            onInput={(e) => onChange({ kind: 'password', password: e.currentTarget.value })}
          />
          <span id={hint} class="muted small">{ta.passwordHint(MIN_PASSWORD)}</span>
        </label>
      )}
      <label class="inline">
        <input type="radio" name="credential" checked={value.kind === 'invite'} onChange={() => onChange({ kind: 'invite' })} />
        {ta.makeLink}
      </label>
    </fieldset>
  );
}
