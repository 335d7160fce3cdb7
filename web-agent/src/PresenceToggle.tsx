/** Present / Away as two pressed-or-not buttons; the pressed one is what the server last confirmed. */
import type { PresenceStatus } from '../../functions/protocol/server-frames';

interface Props {
  status: PresenceStatus;
  disabled: boolean;
  onChange(status: PresenceStatus): void;
}

const OPTIONS: { status: PresenceStatus; label: string }[] = [
  { status: 'present', label: 'Present' },
  { status: 'away', label: 'Away' },
];

export function PresenceToggle({ status, disabled, onChange }: Props) {
  return (
    <div class="presence" role="group" aria-label="Status">
      {OPTIONS.map((option) => (
        <button
          type="button"
          class={`presence-${option.status}`}
          aria-pressed={status === option.status}
          disabled={disabled}
          onClick={() => status !== option.status && onChange(option.status)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
