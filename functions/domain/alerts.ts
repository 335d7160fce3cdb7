/**
 * Unanswered-chat alerts, raised by the scheduled sweep at each channel's warning times: once per
 * chat and level (recorded on the chat with a conditional write), to Present agents who may respond
 * on the chat's channel and have its Notifications permission (an alert they could not answer is
 * noise), and to Present managers (by role or by the channel's Manager permission): an Away agent,
 * manager or not, sees no pop-ups.
 */
import type { ServerFrame } from '../protocol';
import { markAlerted, queuedChats, type ChatItem } from '../store';
import { dueLevels, warningTimes } from './alert-rules';
import { isAway } from './customer-away';
import { isManager, type OnlineAgents } from './agents-online';
import { channelDirectory, permissionsOf } from './channels';
import { deliver } from './fanout';

/** The most waiting chats one sweep looks at, oldest first. */
const MAX_SWEPT = 1000;

/** The waiting chats, oldest first, as the sweep reads them once for all it does with them. */
export const waitingChats = () => queuedChats(MAX_SWEPT);

export async function raiseDueAlerts(now: number, online: OnlineAgents, waiting: ChatItem[]): Promise<number> {
  const present = online.live.filter((c) => c.status === 'present');
  // With nobody Present there is no one to alert yet; the alert is raised once someone is.
  if (present.length === 0) return 0;
  const settingsOf = await channelDirectory();
  let raised = 0;
  // Nobody is there to answer for a customer who left the page; their alert is raised if they come back.
  for (const chat of waiting.filter((c) => !isAway(c))) {
    const settings = settingsOf(chat.channel);
    for (const level of dueLevels(chat.queuedAt ?? chat.createdAt, now, warningTimes(settings))) {
      if (chat.alerts?.[level] !== undefined || !(await markAlerted(chat.chatId, level, now))) continue;
      raised++;
      const recipients = level === 'unanswered'
        ? present.filter((c) => isAlerted(permissionsOf(settings, c.agentId)))
        : present.filter((c) => isManager(c) || permissionsOf(settings, c.agentId)?.manager);
      await deliver(recipients.map((c) => c.connectionId), [alertFrame(chat, level, now)]);
    }
  }
  return raised;
}

/** Who gets a channel's unanswered-chat alerts: its agents with Notifications who may also answer them. */
const isAlerted = (permissions: ReturnType<typeof permissionsOf>) => !!(permissions?.canRespond && permissions.notifications);

/** Chats waiting past the manager warning, whether or not anyone is Present (for the operators' alarm); a customer who left the page is not waiting. */
export async function chatsPastManagerWarning(now: number, waiting: ChatItem[]): Promise<number> {
  const settingsOf = await channelDirectory();
  return waiting
    .filter((chat) => !isAway(chat))
    .filter((chat) => dueLevels(chat.queuedAt ?? chat.createdAt, now, warningTimes(settingsOf(chat.channel))).includes('manager')).length;
}

function alertFrame(chat: ChatItem, level: 'unanswered' | 'manager', now: number): ServerFrame {
  return { type: 'alert', level, chatId: chat.chatId, customerName: chat.customerName, channel: chat.channel, queuedAt: chat.queuedAt ?? chat.createdAt, raisedAt: now };
}
