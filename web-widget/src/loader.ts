/**
 * widget.js, the script a site embeds. Kept tiny and free of Preact: it draws the launcher inside
 * a Shadow DOM (so the page's CSS cannot reach it), defines `window.Parley`, and fetches the panel
 * on the first open — or at once, in the background, while a chat is in progress (after a reload,
 * or started in another tab), so new messages count on the launcher.
 */
import { createEmitter } from '../../functions/protocol/browser/emitter';
import type { WidgetChannelView } from '../../functions/protocol/channels';
import type { Identity, PanelModule, WidgetEvents } from './panel-contract';
import type { ParleyApi, QueuedCall } from './public-api';
import { chatKey, rememberOpen, storedChat, wasOpen } from './storage';
import { adoptStyles } from './adopt-styles';
import { launcherCss } from './launcher-css';
import { launcherText } from './launcher-text';
import { pickLanguage, type Lang } from './language';

const page = window as Window & { Parley?: ParleyApi | QueuedCall[] };
const queued = page.Parley;

// A page that includes the snippet twice still gets one launcher; calls queued before it loaded are kept.
if (!queued || Array.isArray(queued)) {
  // currentScript is only set while this script first runs, so read it before anything async.
  const script = document.currentScript as HTMLScriptElement | null;
  const data = script?.dataset ?? {};
  const base = new URL('.', script?.src || location.href).href;
  const channel = data.channel || 'default';
  const lang = pickLanguage(data.lang, navigator.languages);
  let text = launcherText[lang];
  const events = createEmitter<WidgetEvents>();
  let sound = data.sound === 'on';
  let identity: Identity = {};
  let loading: Promise<void> | undefined;

  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, parent: Node) =>
    parent.appendChild(Object.assign(document.createElement(tag), { className }));
  const host = document.createElement('parley-widget');
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(shadow, launcherCss);
  // The launcher and the panel inside it speak the layer's language (the panel may set its own).
  const layer = make('div', 'layer', shadow);
  layer.lang = lang;
  layer.popover = 'manual';
  const panel = make('div', 'panel', layer);
  const launcher = make('button', 'launcher', layer);
  const label = make('span', '', launcher);
  label.textContent = text.open;
  const badge = make('span', 'badge', launcher);
  badge.ariaHidden = 'true';
  panel.hidden = badge.hidden = true;
  launcher.ariaExpanded = 'false';

  const show = (open: boolean) => {
    // Focus inside a panel about to be hidden would fall back to the page: hand it to the launcher.
    const focused = !open && shadow.activeElement;
    panel.hidden = !open;
    launcher.hidden = open;
    launcher.ariaExpanded = String(open);
    rememberOpen(channel, open);
    if (focused) launcher.focus();
  };
  // A failed load is forgotten, so the next open tries again.
  const load = () =>
    (loading ??= import(`${base}widget-panel.js`).then((module: PanelModule) =>
      module.mount(panel, shadow, {
        base,
        channel,
        lang,
        langSet: !!data.lang,
        view,
        events,
        identity: () => identity,
        sound: () => sound,
        isOpen: () => !panel.hidden,
        onMinimise: close,
        setUnread(count) {
          badge.textContent = String(count);
          badge.hidden = !count;
          launcher.ariaLabel = count ? `${text.open}, ${count} ${text.unread}` : null;
          events.emit('unread', count);
        },
      }),
    ).catch((error) => {
      loading = undefined;
      throw error;
    }));
  // Loads in the background; on failure a panel restored open closes, and the customer's next click says so.
  const preload = () => void load().catch(() => show(false));
  // Arrow functions, not declarations: a function declared in this block costs the minified loader a hoisting shim.
  const open = () => {
    show(true);
    load().then(
      () => {
        label.textContent = text.open;
        events.emit('open', undefined);
      },
      () => {
        show(false);
        label.textContent = text.unavailable;
      },
    );
  };
  const close = () => {
    if (panel.hidden) return;
    show(false);
    events.emit('close', undefined);
  };

  // The channel's own launcher text and colour (inherited by the panel), once known; until then, or
  // without them (an error body has no look), the built-in ones. The panel reads the same answer.
  const view: Promise<WidgetChannelView | undefined> = fetch(`${base}config.json`)
    .then((res) => res.json())
    .then((config) => fetch(`${config.apiBase}/api/widget/${channel}`))
    .then((res) => res.json())
    .catch(() => {});
  view.then((v) => {
    if (v?.look) host.style.cssText = `--accent:${v.look.color};--font:${v.fontFamily}`;
    // The channel's language, unless the snippet set one, as the panel speaks it ('auto' is no key).
    if (!data.lang && launcherText[v?.language as Lang]) text = launcherText[(layer.lang = v!.language) as Lang];
    label.textContent = text.open = v?.launcherText || text.open;
  });

  launcher.onclick = open;
  // An on… handler returning false cancels the event, so no `&&` shorthand here: it would swallow every key.
  panel.onkeydown = (event) => {
    if (event.key === 'Escape') close();
  };
  const api: ParleyApi = {
    open,
    close,
    identify(who) {
      identity = { ...identity, ...who };
      events.emit('identify', identity);
    },
    on: events.on,
    sound: (on) => void (sound = on),
  };
  page.Parley = api;
  for (const [name, ...args] of queued ?? []) (api[name] as (...a: unknown[]) => void)?.(...args);

  addEventListener('storage', (event) => event.key === chatKey(channel) && event.newValue && preload());
  const attach = () => {
    document.body.append(host);
    layer.showPopover?.();
    // A chat in progress, or one this tab started and the server has not confirmed yet (started offline).
    if (!storedChat(channel) && !storedChat(channel, true)) return;
    preload();
    if (wasOpen(channel)) show(true);
  };
  // An async snippet in <head> can run before <body> exists.
  if (document.body) attach();
  else addEventListener('DOMContentLoaded', attach);
}
