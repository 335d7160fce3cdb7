/** "Documents" in a chat: the library to send from; admins can add to it here too. */
import { nanoid } from 'nanoid';
import type { BrowserClient } from '../../functions/protocol/browser-client';
import type { DocumentView } from '../../functions/protocol/server-frames';
import type { Api } from './contacts-api';
import { Dialog } from './Dialog';
import { DocumentLibrary } from './DocumentLibrary';
import { t } from './strings';

interface Props {
  client: BrowserClient;
  api: Api;
  chatId: string;
  admin: boolean;
  onClose(): void;
}

export function DocumentsDialog({ client, api, chatId, admin, onClose }: Props) {
  function send(document: DocumentView) {
    client.send({ action: 'document.send', chatId, clientMessageId: nanoid(), documentId: document.documentId });
    onClose();
  }

  return (
    <Dialog title={t.files.library} onClose={onClose}>
      <DocumentLibrary api={api} admin={admin} onSend={send} />
    </Dialog>
  );
}
