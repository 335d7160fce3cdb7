/** Above the Dashboard's figures: whose figures they are, all channels or one. */
import type { FiguresChannel } from './use-figures-channel';
import { t } from './strings';

export function FiguresChannelChoice({ choice }: { choice: FiguresChannel }) {
  return (
    <label class="figures-channel">
      {t.dashboard.figuresChannel}
      <select value={choice.chosen?.id ?? ''} onChange={(event) => choice.choose(event.currentTarget.value || undefined)}>
        <option value="">{t.dashboard.allChannels}</option>
        {choice.channels.map((channel) => <option value={channel.id}>{channel.name}</option>)}
      </select>
    </label>
  );
}
