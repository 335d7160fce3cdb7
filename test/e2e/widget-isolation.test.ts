/**
 * The widget on a right-to-left page whose CSS attacks everything it can reach: the launcher and panel keep their
 * place, size, font and colours, nothing covers them, the chat works, and the widget adds one global.
 */
import type { Browser, Page } from 'playwright-core';
import type { Client } from '../support/clients';
import type { HostSite } from '../support/host-page';
import { MILA } from './steps';
import { agentReceives, answerNext, askQuestion, bubbles, customerSays, launcher, openHostWorld, panel, say, worldPerFile } from './widget-steps';

const HOSTILE = `<style>
  * { all: unset !important; }
  html { font-size: 4px !important; }
  body { font: italic 40px/5 "Comic Sans MS", cursive !important; color: lime !important; letter-spacing: 9px !important;
         transform: translateZ(0) !important; filter: contrast(0.4) !important; }
  div, span, button, section, p, form, input, textarea, ol, li, header, h2, label { display: none !important; visibility: hidden !important; opacity: 0 !important; }
  body > *, body > *:last-child, [data-parley], parley-widget { display: none !important; position: absolute !important; top: -9999px !important; z-index: -1 !important; }
  [hidden] { display: block !important; }
  .cover { display: block !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; background: rgba(255, 0, 0, 0.2) !important; }
</style>
<script>document.documentElement.dir = 'rtl';</script>`;

let browser: Browser;
let anna: Client;
let site: HostSite;
let shop: Page;

worldPerFile(openHostWorld, async (world) => {
  ({ browser, anna, site } = world);
  shop = await site.open(browser, { head: HOSTILE, body: '<main><h1>Shop</h1></main><aside class="cover"></aside>' });
  // What the page defines before any widget script runs, to compare with afterwards.
  await shop.context().addInitScript(() => ((window as unknown as { before: string[] }).before = Object.getOwnPropertyNames(window)));
  await shop.reload();
});

/** Computed styles that the page's CSS would change if it reached in. */
const looks = (element: Element) => {
  const style = getComputedStyle(element);
  return { font: `${style.fontSize} ${style.fontFamily.split(',')[0]}`, fontStyle: style.fontStyle, letterSpacing: style.letterSpacing, background: style.backgroundColor, visibility: style.visibility, opacity: style.opacity };
};

test('the launcher keeps its place, looks and size, and nothing covers it', async () => {
  const button = launcher(shop);
  await button.waitFor();
  expect(await button.evaluate(looks)).toEqual({ font: '15px system-ui', fontStyle: 'normal', letterSpacing: 'normal', background: 'rgb(35, 87, 198)', visibility: 'visible', opacity: '1' });
  const box = (await button.boundingBox())!;
  const viewport = shop.viewportSize()!;
  expect(Math.round(box.x + box.width)).toBe(viewport.width - 20);
  expect(Math.round(box.y + box.height)).toBe(viewport.height - 20);
  // What a click at its centre would hit: the launcher, not the page's full-screen cover.
  const hit = await button.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return (element.getRootNode() as ShadowRoot).elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2)?.closest('button') === element;
  });
  expect(hit).toBe(true);
});

test('the panel opens at full size with its own font, and the chat works both ways', async () => {
  await launcher(shop).click();
  const frame = panel(shop);
  await frame.waitFor();
  const box = (await frame.boundingBox())!;
  expect([Math.round(box.width), Math.round(box.height)]).toEqual([370, 560]);
  expect((await frame.evaluate(looks)).font).toBe('15px system-ui');
  // A right-to-left page (CSS `all` leaves `direction` alone) does not mirror a panel in a left-to-right language.
  expect(await frame.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');

  await askQuestion(shop, MILA);
  const chatId = await answerNext(anna);
  say(anna, chatId, 'Yes, we ship to Belgium.');
  await bubbles(shop, 'Yes, we ship to Belgium.').waitFor();
  await customerSays(shop, 'Wonderful, thanks!');
  await agentReceives(anna, chatId, 'Wonderful, thanks!');
  expect(await shop.getByRole('textbox', { name: 'Message' }).evaluate(looks)).toMatchObject({ font: '15px system-ui', visibility: 'visible', opacity: '1' });
});

test('the widget adds one global to the page: Parley', async () => {
  const added = await shop.evaluate(() => {
    const before = new Set((window as unknown as { before: string[] }).before);
    return Object.getOwnPropertyNames(window).filter((name) => !before.has(name) && name !== 'before');
  });
  expect(added).toEqual(['Parley']);
});
