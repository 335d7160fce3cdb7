/**
 * The unanswered-chat pop-up (role alertdialog): who has waited how long on which channel, with
 * Answer and Dismiss. It takes focus so keyboard and screen-reader users meet it at once, except
 * from a text field: an agent typing a reply must not have keystrokes land on Answer. One shows at a
 * time; it says how many other chats wait past their warning time, each shown once this one goes.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Alert } from './alert-book';
import { useNow } from './use-now';
import { formatWait } from './format';
import { customerName, t } from './strings';
import { useChannelName } from './channel-names';

interface Props {
  alert: Alert;
  /** Other chats with a pop-up waiting behind this one. */
  more: number;
  /** False for a manager warned of a chat on a channel where they may not respond: no Answer that would be refused. */
  canAnswer: boolean;
  onAnswer(): void;
  onDismiss(): void;
}

export function AlertDialog({ alert, more, canAnswer, onAnswer, onDismiss }: Props) {
  const now = useNow();
  const channelName = useChannelName();
  const answer = useRef<HTMLButtonElement>(null);
  const dismiss = useRef<HTMLButtonElement>(null);
  const key = `${alert.chatId}-${alert.level}`;

  useEffect(() => {
    const typing = document.activeElement?.matches('input, textarea, [contenteditable]');
    if (!typing) (answer.current ?? dismiss.current)?.focus();
  }, [key]);

  return (
    <div
      class={`alert-dialog alert-${alert.level}`}
      role="alertdialog"
      aria-labelledby={`${key}-title`}
      aria-describedby={`${key}-text`}
      onKeyDown={(event) => event.key === 'Escape' && onDismiss()}
    >
      <h2 id={`${key}-title`}>{alert.level === 'manager' ? t.alert.managerTitle : t.alert.title}</h2>
      <p id={`${key}-text`}>{t.alert.text(customerName(alert.customerName), formatWait(now - alert.queuedAt), channelName(alert.channel))}</p>
      {more > 0 && <p class="muted">{t.alert.more(more)}</p>}
      <div class="actions">
        {canAnswer && (
          <button type="button" class="primary" ref={answer} onClick={onAnswer}>
            {t.alert.answer}
          </button>
        )}
        <button type="button" ref={dismiss} onClick={onDismiss}>
          {t.dismiss}
        </button>
      </div>
    </div>
  );
}
