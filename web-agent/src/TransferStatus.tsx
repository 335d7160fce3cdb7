/** A pending transfer in the open chat: the sender waits (Cancel transfer), the receiver answers. */
import type { BrowserClient } from '../../functions/protocol/browser-client';
import type { ChatView } from '../../functions/protocol/server-frames';
import type { ChatStanding } from './transfer-state';
import { t } from './strings';

interface Props {
  client: BrowserClient;
  chat: ChatView;
  standing: ChatStanding;
  online: boolean;
}

export function TransferStatus({ client, chat, standing, online }: Props) {
  const { chatId, transfer } = chat;
  if (!transfer || (standing !== 'sending' && standing !== 'receiving')) return null;
  const answer = (action: 'transfer.accept' | 'transfer.reject' | 'transfer.cancel') => client.send({ action, chatId });

  return (
    <div class="transfer-status">
      {standing === 'sending' ? (
        <>
          <span role="status">{t.transfer.waiting(transfer.to.name)}</span>
          <button type="button" disabled={!online} onClick={() => answer('transfer.cancel')}>
            {t.transfer.cancel}
          </button>
        </>
      ) : (
        <>
          <span role="status">{t.transfer.offered(transfer.from.name)}</span>
          <button type="button" class="primary" disabled={!online} onClick={() => answer('transfer.accept')}>
            {t.transfer.accept}
          </button>
          <button type="button" disabled={!online} onClick={() => answer('transfer.reject')}>
            {t.transfer.reject}
          </button>
        </>
      )}
    </div>
  );
}
