/** Name, email and question: what an agent needs before the chat is queued. */
import { useState } from 'preact/hooks';
import { MAX_TEXT } from '../../../functions/protocol/constants';
import type { Identity } from '../panel-contract';
import { useStrings } from '../i18n';
import { usePrefill } from './use-prefill';

export interface PreChatFields {
  name: string;
  email: string;
  question: string;
}

interface Props {
  /** Values to show again, e.g. after the server refused them. */
  initial?: PreChatFields;
  /** What the site said of the customer (`Parley.identify`); fills fields still empty. */
  prefill: Identity;
  error?: string;
  onStart(fields: PreChatFields): void;
}

export function PreChatForm({ initial, prefill, error, onStart }: Props) {
  const t = useStrings();
  const [fields, setFields] = useState<PreChatFields>(initial ?? { name: '', email: '', question: '' });
  usePrefill(prefill, setFields);
  const field = (key: keyof PreChatFields) => ({
    value: fields[key],
    required: true,
    onInput: (event: Event) => setFields({ ...fields, [key]: (event.currentTarget as HTMLInputElement).value }),
  });

  return (
    <form
      class="prechat"
      onSubmit={(event) => {
        event.preventDefault();
        onStart({ name: fields.name.trim(), email: fields.email.trim(), question: fields.question.trim() });
      }}
    >
      <p>{t.prechat.intro}</p>
      <label>
        {t.prechat.name}
        <input autocomplete="name" maxLength={100} {...field('name')} />
      </label>
      <label>
        {t.prechat.email}
        <input type="email" autocomplete="email" maxLength={254} {...field('email')} />
      </label>
      <label>
        {t.prechat.question}
        <textarea rows={4} maxLength={MAX_TEXT} {...field('question')} />
      </label>
      {error && <p class="error" role="alert">{error}</p>}
      <button type="submit" class="primary">
        {t.prechat.start}
      </button>
    </form>
  );
}
