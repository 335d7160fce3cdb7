/** In place of the composer when another agent handles the chat: who does, and Close. */
import { t } from './strings';

export function ListeningNote({ owner, onClose }: { owner: string; onClose(): void }) {
  return (
    <div class="listening">
      <span>{t.transfer.listening(owner)}</span>
      <button type="button" onClick={onClose}>
        {t.transfer.close}
      </button>
    </div>
  );
}
