/** Present / Away as two pressed-or-not buttons; the pressed one is what the server last confirmed. */
import type { PresenceStatus } from '../../functions/protocol/server-frames';
import { t } from './strings';

interface Props {
  status: PresenceStatus;
  disabled: boolean;
  onChange(status: PresenceStatus): void;
}

const OPTIONS: { status: PresenceStatus; label: string }[] = [
  { status: 'present', label: t.status.present },
  { status: 'away', label: t.status.away },
];

export function PresenceToggle({ status, disabled, onChange }: Props) {
  return (
    <div class="presence" role="group" aria-label={t.status.group}>
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
