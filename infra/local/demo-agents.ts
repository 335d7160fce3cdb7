/**
 * Creates the demo logins (idempotently) and, when asked (`report`), says which of them still work,
 * for `npm start` to print. Invoked like a handler inside the local Lambda host, so it reads and
 * writes through the same domain and store code as everything else.
 */
import { ensureAgent, type NewAgent } from '../../functions/domain/agents';
import { demoLoginState, type DemoLoginState } from './demo-login-state';
import { DEMO_LOGINS } from './demo-logins';

export interface DemoAgentsEvent {
  agents?: NewAgent[];
  /** Check each login's password too: a scrypt each, so only `npm start`, which prints them, asks. */
  report?: boolean;
}

export async function handler(event: DemoAgentsEvent): Promise<{ created: string[]; logins?: DemoLoginState[] }> {
  const agents = event.agents ?? DEMO_LOGINS;
  const created: string[] = [];
  for (const agent of agents) {
    if (await ensureAgent(agent)) created.push(agent.email);
  }
  if (!event.report) return { created };
  const logins: DemoLoginState[] = [];
  for (const agent of agents) logins.push(await demoLoginState(agent));
  return { created, logins };
}
