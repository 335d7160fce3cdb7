/**
 * A file message: images as a preview, anything else as its name, size and a download link. The
 * name is text; the bytes come through a short-lived link only the chat's participants get.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatSize } from '../../functions/protocol/browser/file-size';
import type { FileView } from '../../functions/protocol/server-frames';
import { t } from './strings';

const PREVIEWS = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

interface Props {
  file: FileView;
  link(): Promise<string>;
}

export function Attachment({ file, link }: Props) {
  const [url, setUrl] = useState<string>();
  const [failed, setFailed] = useState(false);
  const preview = PREVIEWS.includes(file.type);
  useEffect(() => {
    if (preview) link().then(setUrl, () => setFailed(true));
  }, [file.fileId]);

  // Links expire: a fresh one is fetched at the click; served as an attachment, it downloads without leaving the console.
  async function download(event: MouseEvent) {
    event.preventDefault();
    try {
      setFailed(false);
      location.assign(await link());
    } catch {
      setFailed(true);
    }
  }

  return (
    <div class="attachment">
      {preview && url && <img class="attachment-preview" src={url} alt={file.name} />}
      <span class="attachment-name">{file.name}</span>
      <span class="muted"> · {formatSize(file.size)} · </span>
      {preview ? (
        <a href={url} target="_blank" rel="noopener noreferrer">
          {t.files.download}
        </a>
      ) : (
        <a href="#" onClick={download}>
          {t.files.download}
        </a>
      )}
      {failed && <span class="error small" role="alert"> {t.files.unavailable}</span>}
    </div>
  );
}
