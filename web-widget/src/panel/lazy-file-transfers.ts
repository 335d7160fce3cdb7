/**
 * The widget's file uploads and downloads, fetched the first time a customer sends or opens a file:
 * most chats carry none, so the code stays out of the panel's first download.
 */
import type { BrowserClient } from '../../../functions/protocol/browser-client';
import type { FileTransfers } from '../../../functions/protocol/browser/file-transfers';

/** What the widget uses of them: it never dismisses a failed upload. */
export type WidgetFileTransfers = Omit<FileTransfers, 'dismiss'>;

export function lazyFileTransfers(client: BrowserClient, onChange: () => void, newId: () => string): WidgetFileTransfers {
  let ready: FileTransfers | undefined;
  let loading: Promise<FileTransfers> | undefined;
  const load = () =>
    (loading ??= import('../../../functions/protocol/browser/file-transfers').then(
      (m) => (ready = m.createFileTransfers(client, onChange, newId)),
      (error) => {
        // A failed fetch (a network blip) is tried again with the next file.
        loading = undefined;
        throw error;
      },
    ));
  return {
    uploads: (chatId) => ready?.uploads(chatId) ?? [],
    send: async (chatId, file) => (await load()).send(chatId, file),
    link: async (chatId, seq) => (await load()).link(chatId, seq),
  };
}
