/** What the chaos run must leave behind: every message once, in order, on both sides; one owner per chat; an empty queue. */
import type { MessageView, TranscriptResponse } from '../../functions/protocol';
import type { Agent, Customer } from './people';

export interface Verdict {
  chats: number;
  messages: number;
  lost: number;
  duplicated: number;
  notDelivered: number;
  outOfOrder: number;
  withoutOneOwner: number;
  stuckInQueue: number;
  unfinished: number;
  problems: string[];
}

type View = Pick<MessageView, 'seq' | 'text'>;
const same = (a: View[], b: View[]) => a.length === b.length && a.every((m, i) => m.seq === b[i].seq && m.text === b[i].text);

export function verify(customers: Customer[], agents: Agent[], stored: Map<string, TranscriptResponse>): Verdict {
  const v: Verdict = { chats: customers.length, messages: 0, lost: 0, duplicated: 0, notDelivered: 0, outOfOrder: 0, withoutOneOwner: 0, stuckInQueue: 0, unfinished: 0, problems: [] };
  const problem = (chatId: string, what: string) => v.problems.length < 20 && v.problems.push(`${chatId}: ${what}`);
  for (const customer of customers) {
    const { chatId } = customer;
    const transcript = stored.get(chatId);
    if (!customer.done) (v.unfinished++, problem(chatId, `customer did not finish: stored ${transcript?.chat.status} (${transcript?.messages.length} messages), customer sees ${customer.client.chat(chatId)?.status} (${customer.client.messages(chatId).length}), unconfirmed ${customer.client.outbox().length}`));
    if (!transcript) {
      v.lost += customer.sent.length;
      problem(chatId, 'not stored at all');
      continue;
    }
    const messages = transcript.messages;
    v.messages += messages.filter((m) => m.kind === 'text').length;
    if (!messages.every((m, i) => m.seq === i + 1)) (v.outOfOrder++, problem(chatId, `stored seqs ${messages.map((m) => m.seq).join(',')}`));
    const seqOf = new Map<string, number[]>();
    for (const m of messages) if (m.clientMessageId) seqOf.set(m.clientMessageId, [...(seqOf.get(m.clientMessageId) ?? []), m.seq]);
    v.duplicated += [...seqOf.values()].filter((seqs) => seqs.length > 1).length;
    const owners = agents.filter((a) => a.client.chat(chatId)?.agent?.id === a.id);
    const agentSent = agents.flatMap((a) => a.replies.get(chatId) ?? []);
    for (const id of [...customer.sent, ...agentSent]) if (!seqOf.has(id)) (v.lost++, problem(chatId, `${id} never stored`));
    const sentSeqs = customer.sent.map((id) => seqOf.get(id)?.[0] ?? 0).filter((s) => s > 0);
    if (!sentSeqs.every((s, i) => i === 0 || s > sentSeqs[i - 1])) (v.outOfOrder++, problem(chatId, 'customer messages stored out of the order sent'));
    if (!same(customer.client.messages(chatId), messages)) (v.notDelivered++, problem(chatId, 'customer view differs from the store'));
    if (owners.length !== 1 || !transcript.chat.agent || owners[0].id !== transcript.chat.agent.id) (v.withoutOneOwner++, problem(chatId, `owners: ${owners.length}`));
    else if (!same(owners[0].client.messages(chatId), messages)) (v.notDelivered++, problem(chatId, 'agent view differs from the store'));
    if (transcript.chat.status === 'queued') v.stuckInQueue++;
  }
  return v;
}

export const passed = (v: Verdict) => v.lost + v.duplicated + v.notDelivered + v.outOfOrder + v.withoutOneOwner + v.stuckInQueue + v.unfinished === 0;
