/**
 * The customer's text field: ENTER or Send sends, Shift+ENTER starts a new line. Text over the protocol's
 * limit is kept whole (no maxlength: a paste would be cut without a word) and refused with a notice to shorten it.
 */
/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
import { h, Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_TEXT } from '../../../functions/protocol/constants';
import { useStrings } from '../i18n';
import { EmojiButton } from './EmojiButton';
import { FileButton } from './FileButton';

interface Props {
  disabled: boolean;
  /** Take the focus once enabled: the pre-chat form the customer just sent is gone, and with it their focus. */
  autoFocus?: boolean;
  onSend(text: string): void;
  /** Called on every edit that leaves text in the field; the caller throttles what it sends. */
  onTyping(): void;
  /** Files chosen with the attach button. */
  onFiles?(files: File[]): void;
}

export function Composer({ disabled, autoFocus, onSend, onTyping, onFiles }: Props) {
  const t = useStrings();
  const [text, setText] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const root = field.current?.getRootNode() as ShadowRoot | undefined;
    // Only focus that was lost (on the page's body) or is still in the widget is taken; never the page's own.
    if (autoFocus && !disabled && (root?.activeElement || document.activeElement === document.body)) field.current?.focus();
  }, [autoFocus, disabled]);

  const length = text.trim().length;
  const tooLong = length > MAX_TEXT;

  function send(event?: Event) {
    event?.preventDefault();
    if (disabled || !length || tooLong) return;
    onSend(text.trim());
    setText('');
  }

  return (
    <>
      {tooLong && (
        <p id="composer-limit" class="error" role="status">
          {t.composer.tooLong(length, MAX_TEXT)}
        </p>
      )}
      <form class="composer" onSubmit={send}>
        <textarea
          ref={field}
          aria-label={t.composer.label}
          aria-invalid={tooLong}
          aria-describedby={tooLong ? 'composer-limit' : undefined}
          placeholder={t.composer.placeholder}
          rows={2}
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
        <EmojiButton
          disabled={disabled}
          onPick={(emoji) => {
            const f = field.current!;
            const at = f.selectionStart + emoji.length;
            setText(text.slice(0, f.selectionStart) + emoji + text.slice(f.selectionEnd));
            f.focus();
            requestAnimationFrame(() => f.setSelectionRange(at, at));
          }}
        />
        {onFiles && !disabled && <FileButton onFiles={onFiles} />}
        <button type="submit" class="primary" disabled={disabled || !length || tooLong}>
          {t.composer.send}
        </button>
      </form>
    </>
  );
}
