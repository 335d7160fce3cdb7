/**
 * How the widget will look with these settings, drawn beside the form as the admin types: launcher,
 * header, welcome and the queue message, in the chosen colour, theme and font.
 */
import type { ChannelSettings } from '../../../functions/protocol/channels';
import { FONT_STACKS } from '../../../functions/protocol/channel-options';
import { fillQueueMessage } from './snippet';
import { ct } from './strings';

export function WidgetPreview({ settings }: { settings: ChannelSettings }) {
  const { look } = settings;
  const dark = look.theme === 'dark';
  const frame = { fontFamily: FONT_STACKS[look.font], background: dark ? '#1d2330' : '#ffffff', color: dark ? '#f4f6f9' : '#1d2330' };
  return (
    <section class="widget-preview" aria-labelledby="widget-preview-title">
      <h3 id="widget-preview-title">{ct.preview}</h3>
      <div class="preview-panel" style={frame} lang={settings.language === 'auto' ? undefined : settings.language} data-testid="widget-preview">
        <div class="preview-head" style={{ background: look.color }}>
          {look.logoUrl && <img src={look.logoUrl} alt="" width={24} height={24} />}
          <strong>{look.header || ct.fallback.header}</strong>
        </div>
        <div class="preview-body">
          {look.agentPhotoUrl && <img class="preview-photo" src={look.agentPhotoUrl} alt="" width={36} height={36} />}
          <p>{look.welcome || ct.fallback.welcome}</p>
          <p class="preview-queue">{fillQueueMessage(look.queueMessage || ct.fallback.queue, 2, ct.previewWait)}</p>
        </div>
      </div>
      <span class="preview-launcher" style={{ background: look.color, fontFamily: FONT_STACKS[look.font] }}>
        {settings.launcherText || ct.fallback.launcher}
      </span>
    </section>
  );
}
