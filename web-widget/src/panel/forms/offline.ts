/**
 * The offline form (a part fetched on demand), shown alone when no agent is Present: the channel's text
 * and, when the channel takes requests, a form that leaves one and shows its number. Every send of one
 * filled-in form carries the same id, so sending again after a lost answer makes no second request.
 */
import type { OfflineRequestBody } from '../../../../functions/protocol/http';
import type { OfflineOutcome } from './offline-request';
import { errorLine, field, refusal, usePrefilled, type FormKit, type Prefill } from './kit';

type Fields = { name: string; email: string; message: string };

export interface OfflineProps {
  kit: FormKit;
  /** Without it, the channel's offline form is its text alone. */
  createsRequest: boolean;
  required: readonly string[];
  /** Where the form hears what the site says of the customer (`Parley.identify`); fills fields still empty. */
  prefill: Prefill;
  /** A new id for the request, chosen once per form. */
  newId(): string;
  /** What the customer typed into a pre-chat form refused because the channel closed meanwhile. */
  initial?: { name: string; email: string; question: string };
  send(body: Omit<OfflineRequestBody, 'channel'>): Promise<OfflineOutcome>;
}

export function OfflineForm({ kit, createsRequest, required, prefill, newId, send, initial }: OfflineProps) {
  const { h, t, useState } = kit;
  const [fields, setFields] = usePrefilled<Fields>(kit, { name: initial?.name ?? '', email: initial?.email ?? '', message: initial?.question ?? '' }, prefill);
  const [requestId] = useState(newId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ text: string; field?: string }>();
  const [number, setNumber] = useState<number>();
  const input = (key: keyof Fields, attributes: Record<string, unknown>, tag: 'input' | 'textarea' = 'input') =>
    field(kit, t.offline[key], required.includes(key), tag, { ...attributes, 'aria-invalid': key === error?.field }, fields[key], (value) => (setFields({ ...fields, [key]: value }), setError(undefined)));
  const label = (key?: string) => (key === 'name' || key === 'email' || key === 'message' ? t.offline[key] : undefined);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const outcome = await send({ name: fields.name.trim(), email: fields.email.trim(), message: fields.message.trim(), clientRequestId: requestId });
      if ('number' in outcome) setNumber(outcome.number);
      else setError({ text: t.refused('bad-frame', outcome.error), field: outcome.field });
    } catch {
      setError({ text: t.offline.failed });
    }
    setBusy(false);
  }

  if (number !== undefined) return h('p', { class: 'center thanks', role: 'status' }, t.offline.thanks(number));
  if (!createsRequest) return h('p', { class: 'center' }, t.offline.intro);
  return h(
    'form',
    { class: 'prechat', onSubmit: submit },
    h('p', null, t.offline.intro),
    input('name', { autocomplete: 'name', maxLength: 100 }),
    input('email', { type: 'email', autocomplete: 'email', maxLength: 254 }),
    input('message', { rows: 5, maxLength: kit.maxText }, 'textarea'),
    errorLine(kit, refusal(kit, error?.text, label(error?.field))),
    h('button', { type: 'submit', class: 'primary', disabled: busy }, busy ? t.offline.sending : t.offline.send),
  );
}
