/** The offline form, shown alone when no agent is Present: it leaves a request and shows its number. */
import { useState } from 'preact/hooks';
import { MAX_TEXT } from '../../../functions/protocol/constants';
import type { ClientConfig } from '../../../functions/protocol/http';
import type { Identity } from '../panel-contract';
import { useStrings } from '../i18n';
import { sendOfflineRequest } from './visitor-api';
import { usePrefill } from './use-prefill';

interface Props {
  config: ClientConfig;
  token: string;
  channel: string;
  /** What the site said of the customer (`Parley.identify`). */
  prefill: Identity;
}

type Fields = { name: string; email: string; message: string };

export function OfflineForm({ config, token, channel, prefill }: Props) {
  const t = useStrings();
  const [fields, setFields] = useState<Fields>({ name: '', email: '', message: '' });
  usePrefill(prefill, setFields);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [number, setNumber] = useState<number>();
  const field = (key: keyof Fields) => ({
    value: fields[key],
    required: true,
    onInput: (event: Event) => setFields({ ...fields, [key]: (event.currentTarget as HTMLInputElement).value }),
  });

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const outcome = await sendOfflineRequest(config, token, { name: fields.name.trim(), email: fields.email.trim(), message: fields.message.trim(), channel });
      if ('number' in outcome) setNumber(outcome.number);
      else setError(t.refused('bad-frame', outcome.error));
    } catch {
      setError(t.offline.failed);
    }
    setBusy(false);
  }

  if (number !== undefined) {
    return (
      <p class="center thanks" role="status">
        {t.offline.thanks(number)}
      </p>
    );
  }
  return (
    <form class="prechat" onSubmit={submit}>
      <p>{t.offline.intro}</p>
      <label>
        {t.offline.name}
        <input autocomplete="name" maxLength={100} {...field('name')} />
      </label>
      <label>
        {t.offline.email}
        <input type="email" autocomplete="email" maxLength={254} {...field('email')} />
      </label>
      <label>
        {t.offline.message}
        <textarea rows={5} maxLength={MAX_TEXT} {...field('message')} />
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy}>
        {busy ? t.offline.sending : t.offline.send}
      </button>
    </form>
  );
}
