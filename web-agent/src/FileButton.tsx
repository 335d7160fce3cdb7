/** "Attach file": opens the browser's file chooser and hands over what was chosen. */
import { useRef } from 'preact/hooks';
import { t } from './strings';

export function FileButton({ onFiles }: { onFiles(files: File[]): void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        onChange={(e) => {
          onFiles([...(e.currentTarget.files ?? [])]);
          e.currentTarget.value = '';
        }}
      />
      <button type="button" class="attach" onClick={() => input.current?.click()}>
        {t.files.attach}
      </button>
    </>
  );
}
