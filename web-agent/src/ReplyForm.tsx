/**
 * The replies editor: a new or changed FAQ (question, answer, link), template (name, English and
 * Dutch text) or quick reply (name, text; shared only by admins); a `{{variable}}` no chat can fill
 * is named as it is typed. The server has the last word.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { nanoid } from 'nanoid';
import { MAX_TEXT } from '../../functions/protocol/constants';
import type { ReplyKind, ReplyView } from '../../functions/protocol/replies';
import type { Replies } from './use-replies';
import { KNOWN_VARIABLES, unknownVariables } from './template-fill';
import { ReplyRefusedError } from './replies-api';
import { t } from './strings';
import { foldersOf } from './insert-filter';
import { fold } from './slash-filter';

interface Props {
  kind: ReplyKind;
  /** The reply being edited; absent for a new one. */
  reply?: ReplyView;
  /** May make shared replies (admins). */
  canShare: boolean;
  /** A new quick reply starts shared (an admin managing the team's replies rather than inserting one). */
  sharedByDefault?: boolean;
  replies: Replies;
  onDone(): void;
  /** Told whether something typed would be lost by leaving the form, so the dialog can ask first too. */
  onUnsaved?(unsaved: boolean): void;
}

export function ReplyForm({ kind, reply, canShare, sharedByDefault = false, replies, onDone, onUnsaved }: Props) {
  const [folder, setFolder] = useState(reply?.folder ?? '');
  const [title, setTitle] = useState(reply?.title ?? '');
  const [text, setText] = useState(reply?.text ?? '');
  const [textNl, setTextNl] = useState(reply?.textNl ?? '');
  const [link, setLink] = useState(reply?.link ?? '');
  const [shared, setShared] = useState(reply?.shared ?? (kind !== 'quick' || (canShare && sharedByDefault)));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const words = t.replies.form;

  const titleLabel = kind === 'faq' ? words.question : words.name;
  const textLabel = kind === 'faq' ? words.answer : kind === 'template' ? words.textEn : words.text;
  // A variable no chat fills would reach the composer as written: named here, while it can still be fixed (saving stays allowed).
  const unknown = kind === 'faq' ? [] : unknownVariables(`${text}\n${kind === 'template' ? textNl : ''}`);
  const warningId = useId();
  const foldersId = useId();
  const folders = replies.data ? foldersOf(replies.data.replies, kind) : [];

  const changed = [folder !== (reply?.folder ?? ''), title !== (reply?.title ?? ''), text !== (reply?.text ?? ''), textNl !== (reply?.textNl ?? ''), link !== (reply?.link ?? '')].some(Boolean);
  useEffect(() => onUnsaved?.(changed), [changed]);
  // Gone (saved, cancelled or left): nothing of it is unsaved any more.
  useEffect(() => () => onUnsaved?.(false), []);

  // Escape would close the whole dialog and lose what was typed: inside the form it leaves the form
  // only, back to the list, and asks first when something was typed. Cancelling the keydown keeps
  // the <dialog> from hearing it (no cancel event), so the next Escape, from the list, closes it.
  function escape(event: KeyboardEvent) {
    if (event.key !== 'Escape' || event.isComposing) return;
    event.preventDefault();
    if (!changed || confirm(words.discard)) onDone();
  }

  async function submit(event: Event) {
    event.preventDefault();
    // `required` lets spaces through; the server trims them and would refuse in its own words.
    const blank = !title.trim() ? titleLabel : !text.trim() ? textLabel : undefined;
    if (blank) return setError(words.blank(blank));
    setBusy(true);
    setError(undefined);
    const fields = {
      // "bezorging" goes into the folder "Bezorging" that is there, rather than making a second one.
      folder: folders.find((name) => fold(name) === fold(folder.trim())) ?? folder,
      title,
      text,
      textNl: kind === 'template' ? textNl : undefined,
      link: kind === 'faq' && link.trim() ? link : undefined,
    };
    try {
      await replies.save(reply ? { replyId: reply.replyId, ...fields } : { replyId: nanoid(), kind, shared, ...fields });
      onDone();
    } catch (failure) {
      setError(failure instanceof ReplyRefusedError ? failure.message : words.failed);
      setBusy(false);
    }
  }

  const field = (label: string, value: string, set: (v: string) => void, options: { required?: boolean; long?: boolean; max?: number; type?: string; list?: string } = {}) => (
    <label>
      {label}
      {options.long ? (
        <textarea rows={4} required={options.required} maxLength={options.max ?? MAX_TEXT} value={value} onInput={(e) => set(e.currentTarget.value)}
          aria-describedby={unknownVariables(value).length ? warningId : undefined} />
      ) : (
        <input type={options.type ?? 'text'} required={options.required} maxLength={options.max ?? 120} value={value} list={options.list} onInput={(e) => set(e.currentTarget.value)} />
      )}
    </label>
  );

  return (
    <form class="form reply-form" onSubmit={submit} onInput={() => setError(undefined)} onKeyDown={escape}>
      {field(words.folder, folder, setFolder, { max: 60, list: foldersId })}
      <datalist id={foldersId}>
        {folders.map((name) => <option value={name} />)}
      </datalist>
      {field(titleLabel, title, setTitle, { required: true })}
      {field(textLabel, text, setText, { required: true, long: true })}
      {kind === 'template' && field(words.textNl, textNl, setTextNl, { long: true })}
      {kind === 'faq' && field(words.link, link, setLink, { type: 'url', max: 2000 })}
      {kind !== 'faq' && <p class="muted">{words.variables(KNOWN_VARIABLES.map((name) => `{{${name}}}`).join(' '))}</p>}
      <p id={warningId} class="composer-warning" role="status">
        {unknown.length ? words.unknownVariables(unknown) : ''}
      </p>
      {kind === 'quick' && canShare && !reply && (
        <label class="check">
          <input type="checkbox" checked={shared} onChange={(e) => setShared(e.currentTarget.checked)} />
          {words.shared}
        </label>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="button" onClick={onDone}>
          {words.cancel}
        </button>
        <button type="submit" class="primary" disabled={busy}>
          {busy ? words.saving : words.save}
        </button>
      </div>
    </form>
  );
}
