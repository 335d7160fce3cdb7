/**
 * The channel's public settings (language, words, look), fetched by the loader, folded into the
 * panel's words and style. Without them (an old deployment, a network error) the panel keeps its
 * built-in words and colours.
 */
import type { WidgetChannelView } from '../../../functions/protocol/channels';
import type { Strings } from '../i18n';

const fill = (template: string, position: number, wait: string) => template.replaceAll('{position}', String(position)).replaceAll('{wait}', wait);

/** The built-in words with the channel's own texts in their place, when the panel speaks the channel's language. */
export function channelStrings(t: Strings, view: WidgetChannelView | undefined, lang: string): Strings {
  if (!view || (view.language !== 'auto' && view.language !== lang)) return t;
  const { look } = view;
  return {
    ...t,
    title: look.header || t.title,
    prechat: { ...t.prechat, intro: look.welcome || t.prechat.intro },
    offline: { ...t.offline, intro: view.offlineForm.text || t.offline.intro },
    postChat: { ...t.postChat, intro: view.postChatForm.text || t.postChat.intro },
    // The channel's queue message carries both figures, so it replaces the position line and the estimate.
    ...(look.queueMessage && {
      position: (position: number, waitSeconds?: number) => fill(look.queueMessage, position, t.wait(waitSeconds)),
      estimate: () => '',
    }),
  };
}

/** Theme and font on the panel's root (panel.css reads --font; the colour comes from the loader's --accent). */
export function applyLook(container: HTMLElement, view: WidgetChannelView | undefined): void {
  if (!view) return;
  container.style.setProperty('--font', view.fontFamily);
  container.classList.toggle('dark', view.look.theme === 'dark');
}
