/** widget-panel.js: loaded by widget.js on first open (or while a chat is in progress), rendered inside the widget's shadow root. */
import { render } from 'preact';
import type { PanelOptions } from '../panel-contract';
import { adoptStyles } from '../adopt-styles';
import { StringsContext, stringsFor } from '../i18n';
import css from './panel.css';
import { fitToVisualViewport } from './visual-viewport';
import { Panel } from './Panel';

export function mount(container: HTMLElement, shadow: ShadowRoot, options: PanelOptions): void {
  adoptStyles(shadow, css);
  fitToVisualViewport(container);
  render(
    <StringsContext.Provider value={stringsFor(options.lang)}>
      <Panel {...options} />
    </StringsContext.Provider>,
    container,
  );
  // Keyboard and screen-reader users land in the panel they just opened.
  options.events.on('open', () => container.querySelector<HTMLElement>('.frame')?.focus());
}
