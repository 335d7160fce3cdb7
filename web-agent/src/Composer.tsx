/**
 * The text field at the bottom: ENTER or Send sends, Shift+ENTER starts a new line. Insert, `/`
 * and Emoji put prepared text or an emoji into it; text still holding a template variable that could
 * not be filled is not sent, nor is text over the protocol's limit: it stays whole in the field (no
 * maxlength, which cut a paste without a word) with a notice to shorten it. Unsent text stays with its chat (drafts.ts).
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { MAX_TEXT } from '../../functions/protocol/constants';
import { t } from './strings';
import { useComposerReplies, type ReplyContext } from './use-composer-replies';
import { SlashList } from './SlashList';
import { VariableWarning } from './VariableWarning';
import { InsertButton } from './InsertButton';
import { EmojiButton } from './EmojiButton';
import { insertIntoField } from './caret';
import { FileButton } from './FileButton';
import { drafts } from './drafts';

interface Props {
  chatId: string;
  onSend(text: string): void;
  /** Called on every edit that leaves text in the field; the caller throttles what it sends. */
  onTyping(): void;
  /** What Insert and `/` fill templates with. */
  replyContext: ReplyContext;
  /** Files chosen with Attach file. */
  onFiles?(files: File[]): void;
}

export function Composer({ chatId, onSend, onTyping, replyContext, onFiles }: Props) {
  const [text, setText] = useState(() => drafts.load(chatId));
  const field = useRef<HTMLTextAreaElement>(null);
  const replies = useComposerReplies(replyContext, field, text, setText);
  const warningId = useId();
  const limitId = useId();
  const length = text.trim().length;
  const tooLong = length > MAX_TEXT;

  useEffect(() => drafts.save(chatId, text), [chatId, text]);

  // A chat answered from the Dashboard hides the row that had focus; the reply field is where the agent goes next.
  useEffect(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body || active.offsetParent === null) field.current?.focus();
  }, []);

  // Set when a send was refused for a variable still unfilled; the warning then says so, until the text changes.
  const [held, setHeld] = useState(false);
  useEffect(() => setHeld(false), [text]);

  function send() {
    const trimmed = text.trim();
    if (!trimmed || tooLong) return;
    // A `{{variable}}` the warning names would reach the customer as it is: not sent, and the agent stays in the text.
    if (replies.unknown.length) {
      setHeld(true);
      field.current?.focus();
      return;
    }
    onSend(trimmed);
    setText('');
  }

  function keyDown(event: KeyboardEvent) {
    if (replies.slash.keyDown(event)) return;
    // isComposing: ENTER that confirms an IME candidate (Japanese, Chinese…) must not send half a word.
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    send();
  }

  function input(value: string) {
    setText(value);
    if (value.trim()) onTyping();
  }

  return (
    <form
      class="composer"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      {replies.slash.open && <SlashList id={replies.slash.listId} items={replies.slash.items} active={replies.slash.active} optionId={replies.slash.optionId} preview={replies.preview} onChoose={replies.slash.choose} />}
      <textarea ref={field} aria-label={t.composer.label} placeholder={t.composer.placeholder} rows={3} value={text} onInput={(e) => input(e.currentTarget.value)} onKeyDown={keyDown}
        {...replies.slash.fieldProps} aria-describedby={tooLong ? `${limitId} ${warningId}` : warningId} aria-invalid={tooLong || replies.unknown.length > 0 || undefined} />
      <div class="composer-tools">
        <InsertButton replies={replies.replies} onInsert={replies.insert} />
        {/* Never cut: text over the limit is flagged below, not trimmed behind the agent's back. */}
        <EmojiButton onPick={(emoji) => field.current && insertIntoField(field.current, emoji, setText)} />
        {onFiles && <FileButton onFiles={onFiles} />}
      </div>
      <button type="submit" class="primary" disabled={!length || tooLong}>
        {t.composer.send}
      </button>
      <p id={limitId} class="composer-limit" role="status">
        {tooLong ? t.composer.tooLong(length, MAX_TEXT) : ''}
      </p>
      <VariableWarning id={warningId} names={replies.unknown} held={held} />
    </form>
  );
}
