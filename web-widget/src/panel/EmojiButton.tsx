/**
 * Emoji beside the text field. The picker, with its data, is emoji-picker.js beside this file, fetched on the first click only.
 * ESC closes only the picker and gives the button the focus back; Tab on past it closes it and leaves the focus where it went.
 */
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PickerHandle, PickerModule } from '../emoji/contract';
import { useStrings } from '../i18n';

let picker: Promise<PickerModule> | undefined;

export function EmojiButton({ disabled, onPick }: { disabled: boolean; onPick(emoji: string): void }) {
  const t = useStrings();
  const [open, setOpen] = useState(false);
  const anchor = useRef<HTMLSpanElement>(null);
  const host = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    let handle: PickerHandle | undefined;
    let gone = false;
    const close = () => setOpen(false);
    (picker ??= import(new URL('emoji-picker.js', import.meta.url).href) as Promise<PickerModule>).then(
      (module) => {
        if (!gone) handle = module.openPicker(host.current!, { labels: t.emoji, inside: anchor.current!, onPick: (emoji) => (close(), onPick(emoji)), onClose: () => (close(), button.current!.focus()), onLeave: close });
      },
      () => {
        // Tried again on the next click.
        picker = undefined;
        close();
      },
    );
    return () => {
      gone = true;
      handle?.close();
    };
  }, [open]);

  return (
    <span ref={anchor}>
      <button type="button" ref={button} aria-label={t.emoji.open} aria-expanded={open} disabled={disabled} onClick={() => setOpen(!open)}>
        ☺
      </button>
      <div ref={host} />
    </span>
  );
}
