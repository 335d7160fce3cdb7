/**
 * Unanswered-chat alerts, raised by the scheduled sweep: once per chat and level (recorded on the
 * chat with a conditional write), to Present agents, and to managers only while someone is Present.
 */
import type { ServerFrame } from '../protocol';
import { markAlerted, queuedChats, type ChatItem } from '../store';
import { countPastManagerWarning, dueLevels } from './alert-rules';
import { isManager, type OnlineAgents } from './agents-online';
import { deliver } from './fanout';

const MAX_SWEPT = 1000;

export async function raiseDueAlerts(now: number, online: OnlineAgents): Promise<number> {
  const present = online.live.filter((c) => c.status === 'present').map((c) => c.connectionId);
  const managers = online.live.filter(isManager).map((c) => c.connectionId);
  // With nobody Present there is no one to alert yet; the alert is raised once someone is.
  if (present.length === 0) return 0;
  let raised = 0;
  for (const chat of await queuedChats(MAX_SWEPT)) {
    for (const level of dueLevels(chat.queuedAt ?? chat.createdAt, now)) {
      if (chat.alerts?.[level] !== undefined || !(await markAlerted(chat.chatId, level, now))) continue;
      raised++;
      await deliver(level === 'unanswered' ? present : managers, [alertFrame(chat, level, now)]);
    }
  }
  return raised;
}

/** Chats waiting past the manager warning, whether or not anyone is Present (for the operators' alarm). */
export async function chatsPastManagerWarning(now: number): Promise<number> {
  return countPastManagerWarning((await queuedChats(MAX_SWEPT)).map((chat) => chat.queuedAt ?? chat.createdAt), now);
}

function alertFrame(chat: ChatItem, level: 'unanswered' | 'manager', now: number): ServerFrame {
  return { type: 'alert', level, chatId: chat.chatId, customerName: chat.customerName, channel: chat.channel, queuedAt: chat.queuedAt ?? chat.createdAt, raisedAt: now };
}
