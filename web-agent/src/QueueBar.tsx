/** How many customers wait, and the button that answers the one who has waited longest. */
interface Props {
  waiting: number;
  online: boolean;
  onNext(): void;
}

export function QueueBar({ waiting, online, onNext }: Props) {
  return (
    <div class="queue">
      <span id="queue-label">In queue</span>
      <output class="queue-count" aria-labelledby="queue-label">
        {waiting}
      </output>
      <button type="button" class="primary" disabled={!online} onClick={onNext}>
        Get next in queue
      </button>
    </div>
  );
}
