/** The text field at the bottom: ENTER or Send sends, Shift+ENTER starts a new line. */
import { useState } from 'preact/hooks';
import { MAX_TEXT } from '../../functions/protocol/constants';

export function Composer({ onSend }: { onSend(text: string): void }) {
  const [text, setText] = useState('');

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

  return (
    <form
      class="composer"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <textarea aria-label="Message" placeholder="Type a message" rows={3} maxLength={MAX_TEXT} value={text} onInput={(e) => setText(e.currentTarget.value)} onKeyDown={keyDown} />
      <button type="submit" class="primary" disabled={!text.trim()}>
        Send
      </button>
    </form>
  );
}
