/**
 * The list `/` opens above the composer: quick replies and templates matching what follows the
 * slash. Focus stays in the text field, which points at the highlighted option with
 * aria-activedescendant; the options can also be clicked.
 */
import type { ReplyView } from '../../functions/protocol/replies';
import { t } from './strings';

interface Props {
  id: string;
  items: ReplyView[];
  active: number;
  optionId(index: number): string;
  /** What choosing it would insert, variables filled. */
  preview(reply: ReplyView): string;
  onChoose(reply: ReplyView): void;
}

export function SlashList({ id, items, active, optionId, preview, onChoose }: Props) {
  return (
    <div class="slash-popup">
      <ul class="slash-list" role="listbox" id={id} aria-label={t.replies.slash}>
        {items.map((reply, index) => (
          <li
            key={reply.replyId}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            class={index === active ? 'slash-option active' : 'slash-option'}
            // The text field keeps the focus: the agent goes on typing after a click.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onChoose(reply)}
          >
            <span class="slash-title">{reply.title}</span>
            {reply.kind === 'template' && <span class="badge">{t.replies.template}</span>}
            <span class="slash-preview">{preview(reply)}</span>
          </li>
        ))}
      </ul>
      {items.length === 0 && <p class="slash-empty">{t.replies.slashEmpty}</p>}
    </div>
  );
}
