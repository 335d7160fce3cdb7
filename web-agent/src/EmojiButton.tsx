/**
 * The composer's Emoji button. The picker (with its data) is a separate file, emoji-picker.js,
 * fetched on the first click only, so it adds nothing to the console's first load.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PickerHandle, PickerModule } from '../../web-widget/src/emoji/contract';
import { t } from './strings';

let picker: Promise<PickerModule> | undefined;
// Beside config.json, one level above the console's page; a failed fetch is tried again on the next click.
const loadPicker = () =>
  (picker ??= (import(new URL('../emoji-picker.js', location.href).href) as Promise<PickerModule>).catch((error) => {
    picker = undefined;
    throw error;
  }));

export function EmojiButton({ onPick }: { onPick(emoji: string): void }) {
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const anchor = useRef<HTMLSpanElement>(null);
  const host = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const pick = useRef(onPick);
  pick.current = onPick;

  useEffect(() => {
    if (!open) return;
    let handle: PickerHandle | undefined;
    let gone = false;
    setFailed(false);
    loadPicker().then(
      (module) => {
        if (gone) return;
        handle = module.openPicker(host.current!, {
          labels: { search: t.emoji.search, results: t.emoji.results, none: t.emoji.none },
          inside: anchor.current!,
          onPick(emoji) {
            setOpen(false);
            pick.current(emoji);
          },
          onClose() {
            setOpen(false);
            button.current?.focus();
          },
          // Tab on past the picker closes it, leaving the focus where it went (as in the widget).
          onLeave: () => setOpen(false),
        });
      },
      () => {
        if (!gone) setFailed(true);
        setOpen(false);
      },
    );
    return () => {
      gone = true;
      handle?.close();
    };
  }, [open]);

  return (
    <span class="parley-emoji-anchor" ref={anchor}>
      <button type="button" ref={button} aria-expanded={open} onClick={() => setOpen(!open)}>
        {t.emoji.open}
      </button>
      <div ref={host} />
      {failed && (
        <span role="alert" class="emoji-failed">
          {t.emoji.failed}
        </span>
      )}
    </span>
  );
}
