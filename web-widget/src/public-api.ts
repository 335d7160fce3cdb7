/** `window.Parley`, the only global the widget defines (see docs/widget.md). */
import type { Handler } from '../../functions/protocol/browser/emitter';
import type { Identity, WidgetEvents } from './panel-contract';

export interface ParleyApi {
  /** Opens the panel (loading it on first use). */
  open(): void;
  /** Minimises the panel to the launcher; the chat goes on. */
  close(): void;
  /** Pre-fills the pre-chat and offline forms. */
  identify(who: Identity): void;
  /** Calls `handler` on every `type` event until the returned function is called. */
  on<K extends keyof WidgetEvents>(type: K, handler: Handler<WidgetEvents[K]>): () => void;
  /** Turns the new-message chime on or off (off unless the snippet says `data-sound="on"`). */
  sound(on: boolean): void;
}

/** A call made before widget.js ran: `(window.Parley = window.Parley || []).push(['identify', {…}])`. */
export type QueuedCall = { [K in keyof ParleyApi]: [K, ...Parameters<ParleyApi[K]>] }[keyof ParleyApi];
