/** "Documents": the library to send from, by name and size; admins can add to it here, several files at once. */
import { nanoid } from 'nanoid';
import { useEffect, useState } from 'preact/hooks';
import type { BrowserClient } from '../../functions/protocol/browser-client';
import { formatSize } from '../../functions/protocol/browser/file-size';
import type { DocumentView } from '../../functions/protocol/server-frames';
import type { Api } from './contacts-api';
import { addDocument, DocumentRefusedError, fetchDocuments, removeDocument } from './documents-api';
import { Dialog } from './Dialog';
import { FileButton } from './FileButton';
import { t } from './strings';

interface Props {
  client: BrowserClient;
  api: Api;
  chatId: string;
  admin: boolean;
  onClose(): void;
}

export function DocumentsDialog({ client, api, chatId, admin, onClose }: Props) {
  const [documents, setDocuments] = useState<DocumentView[]>();
  const [problems, setProblems] = useState<string[]>([]);
  const setProblem = (problem: string) => setProblems([problem]);
  const [adding, setAdding] = useState(false);
  useEffect(() => {
    fetchDocuments(api).then(setDocuments, (error: Error) => setProblem(error.message));
  }, []);

  function send(document: DocumentView) {
    client.send({ action: 'document.send', chatId, clientMessageId: nanoid(), documentId: document.documentId });
    onClose();
  }

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
    <Dialog title={t.files.library} onClose={onClose}>
      {documents?.length === 0 && <p class="muted">{t.files.noDocuments}</p>}
      <ul class="documents">
        {documents?.map((document) => (
          <li key={document.documentId}>
            <span class="attachment-name">{document.name}</span> <span class="muted">{formatSize(document.size)}</span>{' '}
            <button type="button" aria-label={t.files.send(document.name)} onClick={() => send(document)}>
              {t.composer.send}
            </button>
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
    </Dialog>
  );
}
