/** Files on their way into the chat, with progress, and the ones refused, with the reason. */
import type { Upload } from '../../functions/protocol/browser/file-transfers';
import { t } from './strings';

export function Uploads({ uploads, onDismiss }: { uploads: Upload[]; onDismiss(id: string): void }) {
  if (!uploads.length) return null;
  return (
    <ul class="uploads">
      {uploads.map((upload) =>
        upload.error ? (
          <li key={upload.id} class="upload-error" role="alert">
            {upload.error.code === 'upload' ? `${upload.name}: ${t.files.failed}` : t.files.refused(upload, upload.error)}{' '}
            <button type="button" onClick={() => onDismiss(upload.id)}>
              {t.files.dismiss}
            </button>
          </li>
        ) : (
          <li key={upload.id}>
            {upload.name} <progress max={upload.size} value={upload.loaded} aria-label={t.files.uploading(Math.round((upload.loaded / upload.size) * 100))} />
          </li>
        ),
      )}
    </ul>
  );
}
