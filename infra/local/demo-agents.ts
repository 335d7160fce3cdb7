/**
 * Creates the demo logins (idempotently). Invoked like a handler inside the local Lambda host,
 * so it writes through the same domain and store code as everything else.
 */
import { ensureAgent, type NewAgent } from '../../functions/domain/agents';
import { DEMO_LOGINS } from './demo-logins';

export async function handler(event: { agents?: NewAgent[] }): Promise<{ created: string[] }> {
  const created: string[] = [];
  for (const agent of event.agents ?? DEMO_LOGINS) {
    if (await ensureAgent(agent)) created.push(agent.email);
  }
  return { created };
}
