/** The paperclip beside the text field: opens the file chooser and hands over what was chosen. */
import { useRef } from 'preact/hooks';
import { useStrings } from '../i18n';

export function FileButton({ onFiles }: { onFiles(files: File[]): void }) {
  const t = useStrings();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input ref={input} type="file" multiple hidden onChange={(e) => {
        onFiles([...(e.currentTarget.files ?? [])]);
        e.currentTarget.value = '';
      }} />
      <button type="button" class="attach" aria-label={t.files.attach} title={t.files.attach} onClick={() => input.current?.click()}>
        📎
      </button>
    </>
  );
}
