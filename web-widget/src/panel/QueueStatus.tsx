/** While the chat waits: that it waits, the customer's place in the queue, and the expected wait once known. */
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { PositionFrame } from './use-visitor-client';
import { useStrings } from '../i18n';

export function QueueStatus({ position }: { position?: PositionFrame }) {
  const t = useStrings();
  return (
    <div class="status" role="status">
      <p>{t.waiting}</p>
      {position && (
        <p>
          {t.position(position.position, position.estimatedWaitSeconds)}
          {position.estimatedWaitSeconds !== undefined && t.estimate(position.estimatedWaitSeconds) && ` ${t.estimate(position.estimatedWaitSeconds)}`}
        </p>
      )}
    </div>
  );
}
