/** The panel's header: its title, End chat while a chat is open, and Minimise. */
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { WidgetLook } from '../../../functions/protocol/channels';
import { useStrings } from '../i18n';

interface Props {
  /** The channel's look, for its logo and agent photo; none without the channel's settings. */
  look?: WidgetLook;
  /** Absent when there is no chat to end. */
  onEnd?: () => void;
  /** Ending needs the server; offline the button waits. */
  canEnd: boolean;
  onMinimise(): void;
}

export function PanelHeader({ look, onEnd, canEnd, onMinimise }: Props) {
  const t = useStrings();
  return (
    <header class="head">
      {look?.logoUrl && <img class="logo" src={look.logoUrl} alt="" width={24} height={24} />}
      {look?.agentPhotoUrl && <img class="photo" src={look.agentPhotoUrl} alt="" width={28} height={28} />}
      <h2>{t.title}</h2>
      {onEnd && (
        <button type="button" class="head-button" disabled={!canEnd} onClick={onEnd}>
          {t.endChat}
        </button>
      )}
      <button type="button" class="head-button" aria-label={t.minimise} onClick={onMinimise}>
        –
      </button>
    </header>
  );
}
