/**
 * widget.js, the script a site embeds. Kept tiny and free of Preact: it draws the launcher inside
 * a Shadow DOM (so the page's CSS cannot reach it) and fetches the panel only on the first click,
 * or at once when a chat from before a reload is still stored.
 */
import type { PanelModule } from './panel-contract';
import { storedChat } from './storage';
import { launcherCss } from './launcher-css';
import { launcherText } from './strings';

interface ParleyApi {
  open(): void;
  close(): void;
}

const page = window as Window & { Parley?: ParleyApi };

// A page that includes the snippet twice still gets one launcher.
if (!page.Parley) {
  // currentScript is only set while this script first runs, so read it before anything async.
  const script = document.currentScript as HTMLScriptElement | null;
  const base = new URL('.', script?.src || location.href).href;
  const channel = script?.dataset.channel || 'default';

  const host = document.createElement('div');
  host.setAttribute('data-parley', '');
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = `<style>${launcherCss}</style><div class="panel" hidden></div><button type="button" class="launcher" aria-expanded="false">${launcherText.open}</button>`;
  const panel = shadow.querySelector('div')!;
  const launcher = shadow.querySelector('button')!;
  let loading: Promise<void> | undefined;

  const show = (open: boolean) => {
    panel.hidden = !open;
    launcher.hidden = open;
    launcher.setAttribute('aria-expanded', String(open));
  };
  const close = () => show(false);
  const open = () => {
    show(true);
    loading ??= import(`${base}widget-panel.js`)
      .then((module: PanelModule) => module.mount(panel, shadow, { base, channel, onMinimise: close }))
      .catch(() => {
        loading = undefined;
        close();
        launcher.textContent = launcherText.unavailable;
      });
  };
  launcher.onclick = open;
  page.Parley = { open, close };

  const attach = () => {
    document.body.append(host);
    if (storedChat(channel)) open();
  };
  // An async snippet in <head> can run before <body> exists.
  if (document.body) attach();
  else addEventListener('DOMContentLoaded', attach);
}
