/** "End chat" asks first: one slip of the mouse would otherwise shut the customer out mid-question. */
import { Dialog } from './Dialog';
import { t } from './strings';

interface Props {
  customerName: string;
  onEnd(): void;
  onKeep(): void;
}

export function EndChatDialog({ customerName, onEnd, onKeep }: Props) {
  return (
    <Dialog title={t.endChat.title(customerName)} onClose={onKeep}>
      <p>{t.endChat.text(customerName)}</p>
      <div class="actions">
        <button type="button" autoFocus onClick={onKeep}>{t.endChat.keep}</button>
        <button type="button" class="danger" onClick={onEnd}>{t.conversation.endChat}</button>
      </div>
    </Dialog>
  );
}
