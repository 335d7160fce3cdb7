/** The customer's text field: ENTER or Send sends, Shift+ENTER starts a new line. */
import { useState } from 'preact/hooks';
import { MAX_TEXT } from '../../../functions/protocol/constants';
import { t } from '../strings';

interface Props {
  disabled: boolean;
  onSend(text: string): void;
  /** Called on every edit that leaves text in the field; the caller throttles what it sends. */
  onTyping(): void;
}

export function Composer({ disabled, onSend, onTyping }: Props) {
  const [text, setText] = useState('');

  function send(event?: Event) {
    event?.preventDefault();
    if (disabled || !text.trim()) return;
    onSend(text.trim());
    setText('');
  }

  return (
    <form class="composer" onSubmit={send}>
      <textarea
        aria-label={t.composer.label}
        placeholder={t.composer.placeholder}
        rows={2}
        maxLength={MAX_TEXT}
        value={text}
        onInput={(e) => {
          setText(e.currentTarget.value);
          if (e.currentTarget.value.trim()) onTyping();
        }}
        onKeyDown={(e) => {
          // isComposing: ENTER that confirms an IME candidate must not send half a word.
          if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) send(e);
        }}
      />
      <button type="submit" class="primary" disabled={disabled || !text.trim()}>
        {t.composer.send}
      </button>
    </form>
  );
}
