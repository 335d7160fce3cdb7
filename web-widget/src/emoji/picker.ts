/**
 * emoji-picker.js: the emoji picker, fetched by the console and the widget only when Emoji is first
 * clicked, with its data inside. Plain DOM (no framework, nothing parsed as HTML, styles adopted as
 * a constructed sheet), so it runs in the widget's shadow root under a site's strict CSP.
 *
 * Keyboard: type to search; ENTER picks the first match; ↓ goes into the list, where the arrows
 * move through rows of eight, Home/End jump, ENTER or Space picks; ESC closes, also from the Emoji button.
 */
import data from 'parley:emoji-data';
import type { PickerHandle, PickerOptions } from './contract';
import { search, unpack } from './emoji-search';
import { pickerCss } from './picker-css';

const COLUMNS = 8;
const emoji = unpack(data);
const styled = new WeakSet<Node>();
let count = 0;

function adopt(root: Document | ShadowRoot): void {
  if (styled.has(root)) return;
  styled.add(root);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(pickerCss);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, parent: Node) =>
  parent.appendChild(Object.assign(document.createElement(tag), { className }));

export function openPicker(container: HTMLElement, { labels, onPick, onClose, onLeave, inside = container }: PickerOptions): PickerHandle {
  const root = container.getRootNode() as Document | ShadowRoot;
  adopt(root);
  const id = `parley-emoji-${++count}`;
  const box = make('div', 'parley-emoji', container);
  // Focusable, so a click on the picker's own text keeps the focus inside it rather than losing it to the page.
  box.tabIndex = -1;
  const input = make('input', '', box);
  input.type = 'search';
  input.setAttribute('aria-label', labels.search);
  input.setAttribute('aria-controls', id);
  input.placeholder = labels.search;
  const grid = make('div', 'parley-emoji-grid', box);
  Object.assign(grid, { id, tabIndex: 0 });
  grid.setAttribute('role', 'listbox');
  grid.setAttribute('aria-label', labels.results);
  const name = make('p', 'parley-emoji-name', box);
  name.setAttribute('aria-hidden', 'true');
  const options = emoji.map((each, index) => {
    const option = make('div', 'parley-emoji-option', grid);
    option.id = `${id}-${index}`;
    option.textContent = each.char;
    option.setAttribute('role', 'option');
    option.setAttribute('aria-label', each.name);
    option.setAttribute('aria-selected', 'false');
    option.onclick = () => onPick(each.char);
    return option;
  });

  let shown = emoji.map((_, index) => index);
  let active = -1;

  function highlight(position: number) {
    if (active >= 0) options[shown[active]]?.setAttribute('aria-selected', 'false');
    active = shown.length ? Math.max(0, Math.min(position, shown.length - 1)) : -1;
    const option = active >= 0 ? options[shown[active]] : undefined;
    option?.setAttribute('aria-selected', 'true');
    option?.scrollIntoView({ block: 'nearest' });
    name.textContent = option ? emoji[shown[active]].name : shown.length ? '' : labels.none;
    if (option) grid.setAttribute('aria-activedescendant', option.id);
    else grid.removeAttribute('aria-activedescendant');
  }

  input.oninput = () => {
    const visible = new Set((shown = search(emoji, input.value)));
    options.forEach((option, index) => (option.hidden = !visible.has(index)));
    if (active >= 0) options.forEach((option) => option.setAttribute('aria-selected', 'false'));
    active = -1;
    name.textContent = shown.length ? '' : labels.none;
    grid.scrollTop = 0;
  };

  // Only the picker closes: the widget would otherwise take ESC as "minimise the chat". Heard on `inside`,
  // so ESC on the Emoji button with the picker open closes the picker too, not what holds it.
  const escape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    event.preventDefault();
    onClose();
  };
  // Focus going nowhere (the window lost it) is not leaving: the picker is still there when the customer comes back.
  const focusOut = (event: FocusEvent) => {
    const to = event.relatedTarget as Node | null;
    if (to && !inside.contains(to)) onLeave?.();
  };
  inside.addEventListener('keydown', escape);
  inside.addEventListener('focusout', focusOut);

  box.onkeydown = (event) => {
    const inList = event.target === grid;
    const pickActive = () => shown[active] !== undefined && onPick(emoji[shown[active]].char);
    if (!inList) {
      if (event.key === 'Enter' && shown.length) {
        event.preventDefault();
        onPick(emoji[shown[0]].char);
      } else if (event.key === 'ArrowDown' && shown.length) {
        event.preventDefault();
        grid.focus();
        highlight(0);
      }
      return;
    }
    const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: COLUMNS, ArrowUp: -COLUMNS, Home: -Infinity, End: Infinity };
    if (event.key in moves) {
      event.preventDefault();
      if (event.key === 'ArrowUp' && active < COLUMNS) return input.focus();
      highlight(active + moves[event.key]);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      pickActive();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Typing in the list goes on with the search.
      input.focus();
    }
  };
  grid.onfocus = () => active < 0 && highlight(0);

  const outside = (event: Event) => !event.composedPath().includes(inside) && onClose();
  root.addEventListener('pointerdown', outside, true);
  input.focus();

  return {
    close() {
      root.removeEventListener('pointerdown', outside, true);
      inside.removeEventListener('keydown', escape);
      inside.removeEventListener('focusout', focusOut);
      box.remove();
    },
  };
}
