/** The script tag a site owner pastes to show a channel's widget. */
export function widgetSnippet(widgetUrl: string, channelId: string): string {
  return `<script src="${widgetUrl}" data-channel="${channelId}" async></script>`;
}

/** The widget script's URL, beside the console (`…/agent/` → `…/widget.js`). */
export function widgetUrlFrom(consoleUrl: string): string {
  return new URL('../widget.js', consoleUrl).href;
}

/** The queue message as a waiting customer reads it. */
export function fillQueueMessage(template: string, position: number, wait: string): string {
  return template.replaceAll('{position}', String(position)).replaceAll('{wait}', wait);
}
