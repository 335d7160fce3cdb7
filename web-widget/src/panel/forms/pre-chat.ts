/**
 * The channel's pre-chat form (a part fetched on demand): name, email, the question — and the phone
 * number when the channel requires one — with the fields it does not require marked optional; the
 * server checks them again at `chat.start`. With FAQ suggestions on, the entries best matching the
 * question show under it as it is typed; each opens in place, as plain text, and the chat can still start.
 */
import type { FaqSuggestion, FaqSuggestionsResponse } from '../../../../functions/protocol/http';
import { errorLine, field, refusal, usePrefilled, type FormKit, type Prefill } from './kit';

export interface PreChatFields {
  name: string;
  email: string;
  phone: string;
  question: string;
}

export interface PreChatProps {
  kit: FormKit;
  /** The fields the channel requires. */
  required: readonly string[];
  /** The channel's FAQ look-up, when it suggests FAQs. */
  faqUrl?: string;
  /** Values to show again, e.g. after the server refused them. */
  initial: PreChatFields;
  /** Where the form hears what the site says of the customer (`Parley.identify`); fills fields still empty. */
  prefill: Prefill;
  error?: string;
  /** The field the server refused, when it named one: marked, and the error said in the form's words. */
  errorField?: string;
  onStart(fields: PreChatFields): void;
}

export function PreChatForm({ kit, required, faqUrl, initial, prefill, error, errorField, onStart }: PreChatProps) {
  const { h, t } = kit;
  const [fields, setFields] = usePrefilled(kit, initial, prefill);
  // Edited since the last start: the refusal of that start is over (a new start may bring it back).
  const [edited, setEdited] = kit.useState(false);
  const shown = edited ? undefined : errorField;
  const labels: Record<string, string> = { name: t.prechat.name, email: t.prechat.email, phone: t.forms.phone, question: t.prechat.question };
  const input = (key: keyof PreChatFields, attributes: Record<string, unknown>, tag: 'input' | 'textarea' = 'input') =>
    field(kit, labels[key], required.includes(key), tag, { ...attributes, 'aria-invalid': key === shown }, fields[key], (value) => (setFields({ ...fields, [key]: value }), setEdited(true)));
  const submit = (event: Event) => {
    event.preventDefault();
    setEdited(false);
    onStart({ name: fields.name.trim(), email: fields.email.trim(), phone: fields.phone.trim(), question: fields.question.trim() });
  };

  return h(
    'form',
    { class: 'prechat', onSubmit: submit },
    h('p', null, t.prechat.intro),
    input('name', { autocomplete: 'name', maxLength: 100 }),
    input('email', { type: 'email', autocomplete: 'email', maxLength: 254 }),
    required.includes('phone') && input('phone', { type: 'tel', autocomplete: 'tel', maxLength: 30 }),
    input('question', { rows: 4, maxLength: kit.maxText }, 'textarea'),
    faqUrl && h(FaqSuggestions, { kit, url: faqUrl, question: fields.question }),
    errorLine(kit, edited ? undefined : refusal(kit, error, shown && labels[shown])),
    h('button', { type: 'submit', class: 'primary' }, t.prechat.start),
  );
}

/** Asked once typing pauses this long, not per keystroke. */
const PAUSE_MS = 400;
/** Fewer characters match too much to help. */
const MIN_CHARS = 3;

function FaqSuggestions({ kit, url, question }: { kit: FormKit; url: string; question: string }) {
  const { h, t, useState, useEffect } = kit;
  const [found, setFound] = useState<FaqSuggestion[]>([]);
  useEffect(() => {
    const asked = question.trim();
    if (asked.length < MIN_CHARS) return setFound([]);
    let stale = false;
    // A failed or refused (429) look-up keeps what is shown: suggestions are a help, never in the way.
    const timer = setTimeout(() => lookUp(url, asked).then((answer) => !stale && setFound(answer), () => undefined), PAUSE_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [question]);

  return found.length > 0 && h(
    'section',
    { class: 'faq', 'aria-label': t.forms.faq },
    h('p', null, t.forms.faq),
    found.map((faq) => h('details', { key: faq.id }, h('summary', null, faq.title), h('p', null, faq.answer))),
  );
}

async function lookUp(url: string, question: string): Promise<FaqSuggestion[]> {
  const res = await fetch(`${url}?q=${encodeURIComponent(question)}`);
  if (!res.ok) throw new Error(`FAQ suggestions answered HTTP ${res.status}`);
  return ((await res.json()) as FaqSuggestionsResponse).suggestions;
}
