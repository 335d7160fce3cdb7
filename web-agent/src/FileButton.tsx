/** "Attach file" (or another label): opens the browser's file chooser and hands over what was chosen. */
import { useRef } from 'preact/hooks';
import { t } from './strings';

export function FileButton({ onFiles, label = t.files.attach }: { onFiles(files: File[]): void; label?: string }) {
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
        {label}
      </button>
    </>
  );
}
