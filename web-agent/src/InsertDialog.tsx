/**
 * "Insert": FAQ, reply templates and quick replies as tabs; a search, and a choice of all folders,
 * Favourites, Recently used or one folder. Choosing a reply inserts it into the composer. The same
 * dialog is the editor: agents add and change their own quick replies, admins the shared ones too.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReplyKind, ReplyView } from '../../functions/protocol/replies';
import type { Replies } from './use-replies';
import { ALL, FAVOURITES, RECENT, folderShelf, foldersOf, shelfItems, type Shelf } from './insert-filter';
import { Dialog } from './Dialog';
import { ReplyItem } from './ReplyItem';
import { ReplyForm } from './ReplyForm';
import { ReplyRefusedError } from './replies-api';
import { t } from './strings';

interface Props {
  replies: Replies;
  /** Inserts the chosen reply; absent when the dialog only manages replies (no chat to insert into). */
  onChoose?(reply: ReplyView): void;
  title?: string;
  onClose(): void;
}

const KINDS: ReplyKind[] = ['faq', 'template', 'quick'];
const tabId = (kind: ReplyKind) => `insert-tab-${kind}`;

export function InsertDialog({ replies, onChoose, title = t.replies.dialog, onClose }: Props) {
  const [kind, setKind] = useState<ReplyKind>('faq');
  const [shelf, setShelf] = useState<Shelf>(ALL);
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<ReplyView | 'new'>();
  const [refusal, setRefusal] = useState<string>();
  const { data } = replies;
  const admin = !!data?.canManageShared;
  // What the reply form holds unsaved: switching tabs or closing asks first, as Escape in the form does.
  const unsaved = useRef(false);
  const mayLeaveForm = () => !unsaved.current || confirm(t.replies.form.discard);

  useEffect(() => replies.refresh(), []);

  function close() {
    if (mayLeaveForm()) onClose();
  }

  function chooseKind(next: ReplyKind) {
    if (!mayLeaveForm()) return;
    setKind(next);
    setShelf(ALL);
    setEditing(undefined);
  }

  function tabKeys(event: KeyboardEvent) {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (!step) return;
    event.preventDefault();
    const next = KINDS[(KINDS.indexOf(kind) + step + KINDS.length) % KINDS.length];
    chooseKind(next);
    document.getElementById(tabId(next))?.focus();
  }

  async function remove(reply: ReplyView) {
    if (!confirm(t.replies.confirmRemove(reply.title))) return;
    setRefusal(undefined);
    await replies.remove(reply.replyId).catch((error) => setRefusal(error instanceof ReplyRefusedError ? error.message : t.replies.form.failed));
  }

  const editable = (reply: ReplyView) => admin || !reply.shared;
  const canCreate = admin || kind === 'quick';
  const folders = data ? foldersOf(data.replies, kind) : [];
  // A folder whose last reply moved away or was deleted is gone: the list shows all folders instead of nothing.
  const shown = shelf.startsWith('folder:') && data && !folders.some((name) => folderShelf(name) === shelf) ? ALL : shelf;
  const items = data ? shelfItems(data, kind, shown, search) : [];

  return (
    <Dialog title={title} onClose={close}>
      <div class="insert-dialog">
        <div class="insert-tabs" role="tablist" aria-label={title} onKeyDown={tabKeys}>
          {KINDS.map((each) => (
            <button type="button" role="tab" id={tabId(each)} aria-controls="insert-panel" aria-selected={each === kind} tabIndex={each === kind ? 0 : -1} onClick={() => chooseKind(each)}>
              {t.replies.kinds[each]}
            </button>
          ))}
        </div>
        <div class="insert-panel" id="insert-panel" role="tabpanel" aria-labelledby={tabId(kind)}>
          {editing ? (
            <ReplyForm
              kind={kind}
              reply={editing === 'new' ? undefined : editing}
              canShare={admin}
              sharedByDefault={!onChoose}
              replies={replies}
              onDone={() => setEditing(undefined)}
              onUnsaved={(value) => (unsaved.current = value)}
            />
          ) : (
            <>
              <div class="insert-filters">
                <label>
                  {t.replies.search}
                  <input type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
                </label>
                <label>
                  {t.replies.shelf}
                  <select value={shown} onChange={(e) => setShelf(e.currentTarget.value)}>
                    <option value={ALL}>{t.replies.all}</option>
                    <option value={FAVOURITES}>{t.replies.favourites}</option>
                    <option value={RECENT}>{t.replies.recent}</option>
                    {folders.map((name) => <option value={folderShelf(name)}>{t.replies.folder(name)}</option>)}
                  </select>
                </label>
              </div>
              {refusal && (
                <p role="alert" class="error">
                  {refusal}
                </p>
              )}
              {!data ? (
                <p class="muted">{replies.failed ? t.replies.loadFailed : t.replies.loading}</p>
              ) : items.length === 0 ? (
                <p class="muted">{t.replies.none}</p>
              ) : (
                <ul class="reply-list" aria-label={t.replies.kinds[kind]}>
                  {items.map((reply) => (
                    <ReplyItem
                      key={reply.replyId}
                      reply={reply}
                      favourite={data.favourites.includes(reply.replyId)}
                      editable={editable(reply)}
                      onInsert={onChoose && (() => onChoose(reply))}
                      onFavourite={() => replies.toggleFavourite(reply.replyId)}
                      onEdit={() => setEditing(reply)}
                      onRemove={() => void remove(reply)}
                    />
                  ))}
                </ul>
              )}
              {data && canCreate && (
                <button type="button" class="insert-new" onClick={() => setEditing('new')}>
                  {t.replies.create[kind]}
                </button>
              )}
            </>
          )}
        </div>
      </div>
    </Dialog>
  );
}
