/** The text field at the bottom: ENTER or Send sends, Shift+ENTER starts a new line. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_TEXT } from '../../functions/protocol/constants';
import { t } from './strings';
import { FileButton } from './FileButton';

interface Props {
  onSend(text: string): void;
  /** Called on every edit that leaves text in the field; the caller throttles what it sends. */
  onTyping(): void;
  /** Files chosen with Attach file. */
  onFiles?(files: File[]): void;
}

export function Composer({ onSend, onTyping, onFiles }: Props) {
  const [text, setText] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);

  // A chat answered from the Dashboard hides the row that had focus; the reply field is where the agent goes next.
  useEffect(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body || active.offsetParent === null) field.current?.focus();
  }, []);

  function send() {
    const trimmed = text.trim();
    if (!trimmed) return;
    onSend(trimmed);
    setText('');
  }

  function keyDown(event: KeyboardEvent) {
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
      <textarea ref={field} aria-label={t.composer.label} placeholder={t.composer.placeholder} rows={3} maxLength={MAX_TEXT} value={text} onInput={(e) => input(e.currentTarget.value)} onKeyDown={keyDown} />
      {onFiles && <FileButton onFiles={onFiles} />}
      <button type="submit" class="primary" disabled={!text.trim()}>
        {t.composer.send}
      </button>
    </form>
  );
}
