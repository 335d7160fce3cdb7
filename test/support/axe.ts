/** axe-core run inside a page (it sees into open shadow roots); returns only serious and critical findings, readably. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export interface Finding {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Loads axe-core into the page through the DevTools protocol: the pages' Content-Security-Policy
 * (script-src 'self') rightly blocks an injected inline script tag.
 */
export async function injectAxe(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
}

export async function seriousViolations(page: Page): Promise<Finding[]> {
  await injectAxe(page);
  return page.evaluate(async () => {
    const { violations } = await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact!, help: v.help, nodes: v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary}`) }));
  });
}
