/**
 * How the widget will look with these settings, drawn beside the form as the admin types: launcher,
 * header, welcome and the queue message, in the chosen colour, theme and font, and the widget's own
 * words in the channel's language where a text is left empty.
 */
import type { ChannelSettings } from '../../../functions/protocol/channels';
import { FONT_STACKS } from '../../../functions/protocol/channel-options';
import { fillQueueMessage } from './snippet';
import { builtInTexts, ct } from './strings';

export function WidgetPreview({ settings }: { settings: ChannelSettings }) {
  const { look } = settings;
  const builtIn = builtInTexts(settings.language);
  const dark = look.theme === 'dark';
  const frame = { fontFamily: FONT_STACKS[look.font], background: dark ? '#1d2330' : '#ffffff', color: dark ? '#f4f6f9' : '#1d2330' };
  return (
    <section class="widget-preview" aria-labelledby="widget-preview-title">
      <h3 id="widget-preview-title">{ct.preview}</h3>
      <div class="preview-panel" style={frame} lang={settings.language === 'auto' ? undefined : settings.language} data-testid="widget-preview">
        <div class="preview-head" style={{ background: look.color }}>
          {/* As the widget's header has them: the logo, then the agent photo, then the header text. */}
          {look.logoUrl && <img src={look.logoUrl} alt="" width={24} height={24} />}
          {look.agentPhotoUrl && <img class="preview-photo" src={look.agentPhotoUrl} alt="" width={28} height={28} />}
          <strong>{look.header || builtIn.header}</strong>
        </div>
        <div class="preview-body">
          <p>{look.welcome || builtIn.welcome}</p>
          <p class="preview-queue">{fillQueueMessage(look.queueMessage || builtIn.queue, 2, builtIn.wait)}</p>
        </div>
      </div>
      <span class="preview-launcher" style={{ background: look.color, fontFamily: FONT_STACKS[look.font] }}>
        {settings.launcherText || builtIn.launcher}
      </span>
    </section>
  );
}
