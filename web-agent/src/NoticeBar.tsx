/** The server's last notice ("queue is empty", a transfer offered) or refusal, until dismissed or replaced. */
import type { Notice } from './use-console';
import { t } from './strings';

export function NoticeBar({ notice, onDismiss }: { notice: Notice; onDismiss(): void }) {
  return (
    <div class={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <span>{notice.text}</span>
      {notice.action && (
        <button type="button" class="notice-action" onClick={notice.action.run}>
          {notice.action.label}
        </button>
      )}
      <button type="button" class="link" aria-label={t.dismiss} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
