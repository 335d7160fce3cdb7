/** One reply in the Insert dialog: choosing it inserts it; a star marks a favourite; Edit and Delete where allowed. */
import type { ReplyView } from '../../functions/protocol/replies';
import { t } from './strings';

interface Props {
  reply: ReplyView;
  favourite: boolean;
  editable: boolean;
  /** Absent where nothing can be inserted: the reply is shown, not a button. */
  onInsert?(): void;
  onFavourite(): void;
  onEdit(): void;
  onRemove(): void;
}

export function ReplyItem({ reply, favourite, editable, onInsert, onFavourite, onEdit, onRemove }: Props) {
  const content = (
    <>
      <span class="reply-title">{reply.title}</span>
      <span class="reply-preview">{reply.text}</span>
      {reply.textNl && <span class="reply-preview">{`${t.replies.dutch}: ${reply.textNl}`}</span>}
      {reply.link && <span class="reply-preview">{`${t.replies.link}: ${reply.link}`}</span>}
      <span class="reply-meta">
        {reply.folder}
        {reply.shared && reply.kind === 'quick' ? ` · ${t.replies.shared}` : ''}
      </span>
    </>
  );
  return (
    <li class="reply-item">
      {onInsert ? (
        <button type="button" class="reply-insert" onClick={onInsert}>
          {content}
        </button>
      ) : (
        <div class="reply-insert">{content}</div>
      )}
      <button type="button" class="link star" aria-pressed={favourite} aria-label={t.replies.favourite(reply.title)} onClick={onFavourite}>
        {favourite ? '★' : '☆'}
      </button>
      {editable && (
        <span class="reply-actions">
          <button type="button" class="link" aria-label={t.replies.editName(reply.title)} onClick={onEdit}>
            {t.replies.edit}
          </button>
          <button type="button" class="link danger-link" aria-label={t.replies.removeName(reply.title)} onClick={onRemove}>
            {t.replies.remove}
          </button>
        </span>
      )}
    </li>
  );
}
