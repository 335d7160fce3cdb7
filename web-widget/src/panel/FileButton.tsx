/**
 * The "+" beside the text field that attaches files. A label around the file input: the input itself stays
 * focusable (visually hidden, not `hidden`), so keyboard users reach the chooser too.
 */
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import { useStrings } from '../i18n';

export function FileButton({ onFiles }: { onFiles(files: File[]): void }) {
  const t = useStrings();
  return (
    <label class="attach" title={t.files.attach}>
      <input type="file" multiple aria-label={t.files.attach} onChange={(e) => {
        onFiles([...(e.currentTarget.files ?? [])]);
        e.currentTarget.value = '';
      }} />
      +
    </label>
  );
}
