/**
 * widget-panel.js: loaded by widget.js on first open (or while a chat is in progress), rendered inside the widget's shadow root.
 * The panel's .tsx files compile JSX to preact's h() (the classic runtime, by the pragmas at their top):
 * children as arguments gzip smaller than jsx()'s children arrays, and the panel carries no jsx-runtime.
 */
/** @jsxRuntime classic */
/** @jsx h */
import { h, render } from 'preact';
import type { PanelOptions } from '../panel-contract';
import { adoptStyles } from '../adopt-styles';
import { StringsContext, stringsFor } from '../i18n';
import css from './panel.css';
import { fitToVisualViewport } from './visual-viewport';
import { Panel } from './Panel';
import { applyLook, channelStrings } from './channel-view';
import { partsStyleRoot } from './lazy-forms';

export async function mount(container: HTMLElement, shadow: ShadowRoot, options: PanelOptions): Promise<void> {
  const answer = await options.view;
  const view = answer?.look ? answer : undefined;
  // The snippet's data-lang wins; else the channel's language; else the browser's (already in options.lang).
  // The chat is then started in it (its transcript mail speaks it), and screen readers read the panel in it.
  const lang = (options.lang = container.lang = options.langSet || !view || view.language === 'auto' ? options.lang : view.language);
  // A dark channel's theme is fetched alongside its words; the panel shows once both are in (light, if it failed).
  const dark = view?.look.theme === 'dark' && import('./dark.css').then((m) => m.default, () => '');
  const strings = channelStrings(await stringsFor(lang), view, lang);
  adoptStyles(shadow, css + ((await dark) || ''));
  partsStyleRoot(shadow);
  applyLook(container, view);
  fitToVisualViewport(container);
  render(
    <StringsContext.Provider value={strings}>
      <Panel {...options} look={view?.look} />
    </StringsContext.Provider>,
    container,
  );
  // Keyboard and screen-reader users land in the panel they just opened.
  options.events.on('open', () => container.querySelector<HTMLElement>('.frame')?.focus());
}
