/**
 * An agent whose every console has gone — closed, logged out, or silent past the heartbeat — and
 * stays gone for AGENT_GONE_AFTER_MS: the sweep moves their ongoing chats back to the queue, so no
 * customer goes on talking to nobody. A console back in time (a reload, a network blip, a browser
 * restarted) keeps its chats.
 */
import { AGENT_GONE_MINUTES } from '../protocol/constants';
import { agentsGone, forgetAgentGone, markAgentGone } from '../store';
import { requeueChatsOf } from './agent-chats-requeue';
import { connectionsOf, type OnlineAgents } from './agents-online';

export const AGENT_GONE_AFTER_MS = AGENT_GONE_MINUTES * 60_000;

/** The agent's last console went at `since`; `loggedOut` when they logged out. */
export async function agentLeft(agent: { id: string; name: string }, since: number, loggedOut = false): Promise<void> {
  await markAgentGone({ agentId: agent.id, name: agent.name, since, ...(loggedOut && { loggedOut: true as const }) });
}

/** How long an agent whose console dropped (not logged out) may be back in: a network blip, a reload. */
export const BRIEFLY_GONE_MS = 60_000;

/** Agents whose last console dropped less than BRIEFLY_GONE_MS ago without their logging out. */
export async function brieflyGoneAgentIds(now: number): Promise<string[]> {
  return (await agentsGone()).filter((mark) => !mark.loggedOut && now - mark.since < BRIEFLY_GONE_MS).map((mark) => mark.agentId);
}

/** For the sweep: forgets agents who came back, requeues the chats of those gone long enough; returns how many chats moved. */
export async function requeueChatsOfGoneAgents(online: OnlineAgents, now: number): Promise<number> {
  let moved = 0;
  for (const mark of await agentsGone()) {
    if (connectionsOf(online, mark.agentId).length > 0) {
      await forgetAgentGone(mark.agentId);
      continue;
    }
    if (now - mark.since < AGENT_GONE_AFTER_MS) continue;
    const outcome = await requeueChatsOf({ id: mark.agentId, name: mark.name }, now, mark.since);
    moved += outcome.moved;
    // A chat held by a pending transfer is tried again next sweep, once the offer has ended.
    if (outcome.kept === 0) await forgetAgentGone(mark.agentId);
  }
  return moved;
}
