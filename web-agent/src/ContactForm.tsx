/** A contact's details to save: a new contact prefilled from the chat, or a linked one's corrected. */
import { useId, useState } from 'preact/hooks';
import type { ContactCreateBody } from '../../functions/protocol/contacts';
import { ContactRefusedError } from './contacts-api';
import { t } from './strings';

export type ContactFields = { name: string; email: string; phone: string; companyName: string };
type Fields = ContactFields;

interface Props {
  title: string;
  initial: Fields;
  /** Saves the trimmed details (empty ones left out); a `ContactRefusedError` is shown at its field. */
  onSave(details: ContactCreateBody): Promise<void>;
  onCancel(): void;
}

// The console's language is fixed for the page's life (a change reloads it), so the labels can be read once.
const LABELS: Record<keyof Fields, string> = { name: t.contact.name, email: t.contact.email, phone: t.contact.phone, companyName: t.contact.company };
const isField = (field: string | undefined): field is keyof Fields => !!field && field in LABELS;

export function ContactForm({ title, initial, onSave, onCancel }: Props) {
  const [fields, setFields] = useState<Fields>(initial);
  const [error, setError] = useState<string>();
  const [invalid, setInvalid] = useState<keyof Fields>();
  const [busy, setBusy] = useState(false);
  const titleId = useId();

  const field = (key: keyof Fields) => ({
    value: fields[key],
    'aria-invalid': invalid === key ? ('true' as const) : undefined,
    onInput: (event: Event) => setFields({ ...fields, [key]: (event.currentTarget as HTMLInputElement).value }),
  });

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setInvalid(undefined);
    const optional = (value: string) => value.trim() || undefined;
    try {
      await onSave({ name: fields.name.trim(), email: optional(fields.email), phone: optional(fields.phone), companyName: optional(fields.companyName) });
    } catch (err) {
      // The server's reason is in English; a refused field is said in the console's words.
      const field = err instanceof ContactRefusedError ? err.field : undefined;
      setInvalid(isField(field) ? field : undefined);
      setError(isField(field) ? t.contact.invalid(LABELS[field]) : err instanceof ContactRefusedError ? err.message : t.contact.createFailed);
      setBusy(false);
    }
  }

  return (
    <form class="form" aria-labelledby={titleId} onSubmit={submit}>
      <h3 id={titleId}>{title}</h3>
      <label>
        {t.contact.name}
        <input required maxLength={100} autocomplete="off" {...field('name')} />
      </label>
      <label>
        {t.contact.email}
        <input type="email" maxLength={254} autocomplete="off" {...field('email')} />
      </label>
      <label>
        {t.contact.phone}
        <input type="tel" maxLength={20} autocomplete="off" {...field('phone')} />
      </label>
      <label>
        {t.contact.company}
        <input maxLength={100} autocomplete="off" {...field('companyName')} />
      </label>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="button" onClick={onCancel}>
          {t.contact.cancel}
        </button>
        <button type="submit" class="primary" disabled={busy}>
          {t.contact.save}
        </button>
      </div>
    </form>
  );
}
