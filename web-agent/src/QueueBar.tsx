/** How many customers wait, and the button that answers the one who has waited longest. */
import { t } from './strings';

interface Props {
  waiting: number;
  online: boolean;
  onNext(): void;
}

export function QueueBar({ waiting, online, onNext }: Props) {
  return (
    <div class="queue">
      <span id="queue-label">{t.queue.inQueue}</span>
      <output class="queue-count" aria-labelledby="queue-label">
        {waiting}
      </output>
      <button type="button" class="primary" disabled={!online} onClick={onNext}>
        {t.queue.next}
      </button>
    </div>
  );
}
