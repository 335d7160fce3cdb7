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
  /** A link to the file: the one held while it is fresh, a new one once it is about to expire. */
  link(): Promise<string>;
}

export function Attachment({ file, link }: Props) {
  const preview = PREVIEWS.includes(file.type);
  // The preview's source stays as first loaded (a new link would fetch the image again); the anchor's follows each renewal.
  const [src, setSrc] = useState<string>();
  const [url, setUrl] = useState<string>();
  // Whether the preview's image failed even with a fresh link: then only its name and link show.
  const [broken, setBroken] = useState(false);
  const [failed, setFailed] = useState(false);

  /** A link fresh enough to use now; also what the preview and the anchor show from then on. */
  async function fresh(): Promise<string> {
    const next = await link();
    setUrl(next);
    setFailed(false);
    return next;
  }
  const renew = () => void fresh().catch(() => {});

  useEffect(() => {
    if (preview) fresh().then(setSrc, () => setFailed(true));
  }, [file.fileId]);

  // Links last 5 minutes (DOWNLOAD_URL_SECONDS) and a console stays open for hours: the link is asked
  // for again at the click, which costs nothing while the one held is fresh. Served inline, an image
  // opens in a new tab; any other file is served as an attachment and downloads without leaving the console.
  async function download(event: MouseEvent) {
    // A modified click (new tab, new window) follows the href, renewed when the pointer came near.
    if (preview && url && (event.ctrlKey || event.metaKey || event.shiftKey)) return;
    event.preventDefault();
    try {
      const target = await fresh();
      // A preview that never came (its first link refused) comes with the link that now worked.
      if (preview && !src) setSrc(target);
      if (preview) window.open(target, '_blank', 'noopener,noreferrer');
      else location.assign(target);
    } catch {
      setFailed(true);
    }
  }

  // A preview that failed to load may have met an expired link (a cached image dropped, a tab
  // restored): one fresh link is tried, and only a link that changed nothing marks it broken.
  function previewFailed() {
    fresh().then((next) => (next === src ? setBroken(true) : setSrc(next)), () => setBroken(true));
  }

  return (
    <div class="attachment">
      {preview && src && !broken && <img class="attachment-preview" src={src} alt={file.name} onError={previewFailed} />}
      <span class="attachment-name">{file.name}</span>
      <span class="muted"> · {formatSize(file.size)} · </span>
      {/* Always an href, so the link is focusable and a failed preview still leaves a working Download. */}
      <a href={(preview && url) || '#'} target={preview ? '_blank' : undefined} rel="noopener noreferrer" onClick={download} onPointerEnter={preview ? renew : undefined} onFocus={preview ? renew : undefined}>
        {t.files.download}
      </a>
      {failed && <span class="error small" role="alert"> {t.files.unavailable}</span>}
    </div>
  );
}
