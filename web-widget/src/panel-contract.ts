/** What the loader (widget.js) and the panel bundle (widget-panel.js) agree on, and what a site hears through `Parley.on`. */
import type { Emitter } from '../../functions/protocol/browser/emitter';
import type { MessageView } from '../../functions/protocol/server-frames';
import type { Lang } from './language';
import type { WidgetChannelView } from '../../functions/protocol/channels';

/** Who the site says the customer is (`Parley.identify`); pre-fills the forms. */
export interface Identity {
  name?: string;
  email?: string;
}

/** Events of the public API; `identify` is how the loader passes a late `Parley.identify` on to the panel. */
export type WidgetEvents = {
  open: undefined;
  close: undefined;
  /** A message that arrived while this page was open (history shown on load is not news). */
  message: MessageView;
  'chat-started': { chatId: string };
  'chat-ended': { chatId: string };
  /** Agent messages the customer has not seen yet. */
  unread: number;
  identify: Identity;
};

export interface PanelOptions {
  /** URL the widget files were served from, ending in `/`; config.json lives beside them. */
  base: string;
  /** The chat channel named by the snippet's `data-channel`. */
  channel: string;
  lang: Lang;
  /** Whether the snippet named the language (data-lang); if not, the channel's language (unless `auto`) is used. */
  langSet: boolean;
  /** The channel's public settings as the loader fetched them: undefined, or an error body without `look`, if they could not be had. */
  view: Promise<WidgetChannelView | undefined>;
  events: Emitter<WidgetEvents>;
  identity(): Identity;
  /** Whether a new agent message may chime (`data-sound="on"` or `Parley.sound(true)`). */
  sound(): boolean;
  isOpen(): boolean;
  /** The customer minimised the panel; the launcher shows again. */
  onMinimise(): void;
  /** Shown on the launcher while the panel is closed. */
  setUnread(count: number): void;
}

export interface PanelModule {
  /** Renders the panel into `container`, which sits in `shadow`; styles go into `shadow`, never the page. */
  mount(container: HTMLElement, shadow: ShadowRoot, options: PanelOptions): Promise<void>;
}
