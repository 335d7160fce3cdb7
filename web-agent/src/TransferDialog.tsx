/** "Transfer chat": the other Present agents, each with Transfer to… (managers also Hand over now). */
import type { BrowserClient } from '../../functions/protocol/browser-client';
import { transferTargets, type PresentAgent } from './transfer-state';
import { Dialog } from './Dialog';
import { t } from './strings';

interface Props {
  client: BrowserClient;
  chatId: string;
  agentId: string;
  present: PresentAgent[];
  /** Who may answer chats of the chat's channel; undefined: everyone. */
  responders?: string[];
  /** Managers and admins may hand a chat over without an accept step. */
  direct: boolean;
  onClose(): void;
}

export function TransferDialog({ client, chatId, agentId, present, responders, direct, onClose }: Props) {
  const targets = transferTargets(present, agentId, responders);
  const online = client.state === 'online';
  const send = (toAgentId: string, now: boolean) => {
    client.send({ action: 'chat.transfer', chatId, toAgentId, ...(now ? { direct: true } : {}) });
    onClose();
  };

  return (
    <Dialog title={t.transfer.dialog} onClose={onClose}>
      {targets.length === 0 ? (
        <p class="muted">{t.transfer.nobody}</p>
      ) : (
        <ul class="transfer-targets">
          {targets.map((target) => (
            <li key={target.id}>
              <span class="transfer-name">{target.name}</span>
              <button type="button" disabled={!online} onClick={() => send(target.id, false)}>
                {t.transfer.to(target.name)}
              </button>
              {direct && (
                <button type="button" aria-label={t.transfer.handOverTo(target.name)} disabled={!online} onClick={() => send(target.id, true)}>
                  {t.transfer.handOver}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
