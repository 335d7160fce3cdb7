/** widget-panel.js: loaded by widget.js on first open, rendered inside the widget's shadow root. */
import { render } from 'preact';
import type { PanelOptions } from '../panel-contract';
import css from './panel.css';
import { Panel } from './Panel';

export function mount(container: HTMLElement, shadow: ShadowRoot, options: PanelOptions): void {
  const style = document.createElement('style');
  style.textContent = css;
  shadow.append(style);
  render(<Panel {...options} />, container);
}
