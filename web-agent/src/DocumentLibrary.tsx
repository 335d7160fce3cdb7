/**
 * The document library: its documents by name and size, each with Send when there is a chat to send
 * it to; admins add to it (several files at once) and remove from it. Shown in a chat's Documents
 * dialog and on the Admin tab.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatSize } from '../../functions/protocol/browser/file-size';
import type { DocumentView } from '../../functions/protocol/server-frames';
import type { Api } from './contacts-api';
import { addDocument, DocumentRefusedError, fetchDocuments, removeDocument } from './documents-api';
import { FileButton } from './FileButton';
import { t } from './strings';

interface Props {
  api: Api;
  admin: boolean;
  /** Without it (the Admin tab) the documents have no Send button. */
  onSend?(document: DocumentView): void;
}

export function DocumentLibrary({ api, admin, onSend }: Props) {
  const [documents, setDocuments] = useState<DocumentView[]>();
  const [problems, setProblems] = useState<string[]>([]);
  const setProblem = (problem: string) => setProblems([problem]);
  const [adding, setAdding] = useState(false);
  useEffect(() => {
    fetchDocuments(api).then(setDocuments, (error: Error) => setProblem(error.message));
  }, []);

  /** Each file on its own: one refused does not stop the others, and each refusal names its file. */
  async function add(files: File[]) {
    setAdding(true);
    setProblems([]);
    const refused: string[] = [];
    for (const file of files) {
      try {
        const added = await addDocument(api, file);
        setDocuments((held) => [...(held ?? []), added].sort((a, b) => a.name.localeCompare(b.name)));
      } catch (error) {
        refused.push(t.files.notAdded(file.name, error instanceof DocumentRefusedError ? error.code : undefined, (error as Error).message));
      }
    }
    setProblems(refused);
    setAdding(false);
  }

  async function remove(document: DocumentView) {
    setProblems([]);
    try {
      await removeDocument(api, document.documentId);
      setDocuments((held) => held?.filter((d) => d.documentId !== document.documentId));
    } catch (error) {
      setProblem((error as Error).message);
    }
  }

  return (
    <>
      {documents?.length === 0 && <p class="muted">{t.files.noDocuments}</p>}
      <ul class="documents">
        {documents?.map((document) => (
          <li key={document.documentId}>
            <span class="attachment-name">{document.name}</span> <span class="muted">{formatSize(document.size)}</span>{' '}
            {onSend && (
              <button type="button" aria-label={t.files.send(document.name)} onClick={() => onSend(document)}>
                {t.composer.send}
              </button>
            )}
            {admin && (
              <button type="button" class="link" aria-label={t.files.remove(document.name)} onClick={() => remove(document)}>
                {t.files.removeLabel}
              </button>
            )}
          </li>
        ))}
      </ul>
      <div role="alert" class="upload-error">
        {problems.map((problem) => (
          <p>{problem}</p>
        ))}
      </div>
      {admin && (adding ? <p class="muted">{t.files.adding}</p> : <FileButton label={t.files.add} onFiles={add} />)}
    </>
  );
}
