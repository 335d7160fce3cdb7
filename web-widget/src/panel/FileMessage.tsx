/** A file in the conversation: an image as a preview, anything else as name, size and a download link. */
/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
import { h, Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { formatSize } from '../../../functions/protocol/browser/file-size';
import type { FileView } from '../../../functions/protocol/server-frames';
import { useStrings } from '../i18n';

export function FileMessage({ file, link }: { file: FileView; link(): Promise<string> }) {
  const t = useStrings();
  const [url, setUrl] = useState<string>();
  const image = /^image\/(png|jpeg|gif|webp)$/.test(file.type);
  const renew = () => void link().then(setUrl, () => {});
  useEffect(renew, [file.fileId]);
  return (
    <p class="file">
      {image && url && <img src={url} alt={file.name} />}
      {file.name} · {formatSize(file.size)}
      {url && (
        <>
          {' · '}
          {/* Links expire: pointing at or focusing the link renews a stale one before the click. */}
          <a href={url} target="_blank" rel="noopener noreferrer" onPointerEnter={renew} onFocus={renew}>{t.files.download}</a>
        </>
      )}
    </p>
  );
}
