/** What the loader (widget.js) and the panel bundle (widget-panel.js) agree on. */

export interface PanelOptions {
  /** URL the widget files were served from, ending in `/`; config.json and the API config live beside them. */
  base: string;
  /** The chat channel named by the snippet's `data-channel`. */
  channel: string;
  /** The customer minimised the panel; the launcher shows again. */
  onMinimise(): void;
}

export interface PanelModule {
  /** Renders the panel into `container`, which sits in `shadow`; styles go into `shadow`, never the page. */
  mount(container: HTMLElement, shadow: ShadowRoot, options: PanelOptions): void;
}
