/**
 * The world of the alert tests about channel permissions: a runtime and a browser whose default
 * channel warns after 10 s (managers after `managerWarningSeconds`), with Anna answering it, notified,
 * and Bram holding `bram`'s permissions there. Customers a test opens, and its pages, close after it.
 */
import type { Browser } from 'playwright-core';
import type { ChannelAgent } from '../../functions/protocol';
import type { Client } from '../support/clients';
import { changeDefaultChannel } from '../support/admin';
import { startRuntimeAndBrowser } from '../support/e2e-world';
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';

export interface AlertsWorld { runtime: TestRuntime; browser: Browser; clients: Client[] }

export function alertsWorld(bram: Omit<ChannelAgent, 'agentId'>, managerWarningSeconds: number): AlertsWorld {
  const world = { clients: [] as Client[] } as AlertsWorld;
  startRuntimeAndBrowser(async ({ runtime, browser }) => {
    Object.assign(world, { runtime, browser });
    await changeDefaultChannel(runtime.url, (settings, idOf) => ({
      ...settings,
      unansweredWarningSeconds: 10,
      managerWarningSeconds,
      agents: [
        { agentId: idOf(ANNA.email), canRespond: true, notifications: true, canListenIn: false, manager: false },
        { agentId: idOf(BRAM.email), ...bram },
      ],
    }));
  });
  afterEach(async () => {
    await Promise.all(world.clients.splice(0).map((c) => c.close()));
    await Promise.all(world.browser.contexts().map((context) => context.close()));
  });
  return world;
}
