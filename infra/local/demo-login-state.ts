/**
 * Whether a demo login still works as `npm start` prints it. An admin may have deactivated the
 * agent, changed its password or role since the first start; printing the demo password anyway
 * sent people to a login that fails. Runs inside the Lambda host, through the store and domain code.
 */
import { isActive } from '../../functions/domain/agent-sessions';
import { verifyPassword } from '../../functions/domain/passwords';
import { getAgentRecord, getLogin } from '../../functions/store';
import type { AgentRole } from '../../functions/protocol';

/** Why a demo login no longer works, in the words `npm start` prints. */
export type DemoLoginGone = 'removed' | 'deactivated' | 'password changed' | 'password reset, set-password link pending';

export type DemoLoginState =
  | { email: string; works: true; password: string; name: string; role: AgentRole }
  | { email: string; works: false; reason: DemoLoginGone };

/** The login's current state; name and role are the agent's current ones, which an admin may have changed. */
export async function demoLoginState(demo: { email: string; password: string }): Promise<DemoLoginState> {
  const gone = (reason: DemoLoginGone): DemoLoginState => ({ email: demo.email, works: false, reason });
  const login = await getLogin(demo.email);
  const agent = login && (await getAgentRecord(login.agentId));
  if (!login || !agent) return gone('removed');
  if (!isActive(agent)) return gone('deactivated');
  // A reset to a set-password link leaves the login without a password hash until the link is used.
  if (!login.passwordHash) return gone('password reset, set-password link pending');
  if (!(await verifyPassword(demo.password, login.passwordHash))) return gone('password changed');
  return { email: demo.email, works: true, password: demo.password, name: agent.name, role: agent.role };
}
