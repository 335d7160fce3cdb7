/** A person's Activities: a re-linked chat's record moves with it, and it counts only what people wrote. */
import { ANNA, type TestRuntime } from '../support/runtime';
import { signedInPerTest } from '../support/runtime-world';
import { openClaimedChat } from '../support/chat-setup';
import { api, Client } from '../support/clients';
import type { ChatEndedDetailV1, ContactCreateResponse, PersonPanelResponse } from '../../functions/protocol';

let runtime: TestRuntime;
let token: string;
const clients: Client[] = [];

signedInPerTest(ANNA, (world) => ({ runtime, token } = world), clients);

const createContact = async (name: string) => (await api<ContactCreateResponse>(runtime.url, '/api/contacts', { token, body: { name } })).body.person;
const panel = async (personId: string) => (await api<PersonPanelResponse>(runtime.url, `/api/contacts/${personId}`, { method: 'GET', token })).body;

/** A chat Anna answered, with the customer and Anna each writing once, then ended by Anna. */
async function endedChat(chatId: string) {
  const { customer, anna } = await openClaimedChat(runtime, clients, chatId, { name: 'Mila Bakker', email: 'mila@example.com', question: 'My order never came' });
  anna.send({ action: 'message.send', chatId, clientMessageId: 'anna-answer-1', text: 'Let me look it up.' });
  await customer.next('message', (f) => f.message.clientMessageId === 'anna-answer-1');
  customer.send({ action: 'message.send', chatId, clientMessageId: 'mila-thanks-1', text: 'Thank you' });
  await anna.next('message', (f) => f.message.clientMessageId === 'mila-thanks-1');
  anna.send({ action: 'chat.end', chatId });
  await anna.next('chat', (f) => f.chat.status === 'ended');
  return anna;
}

async function link(anna: Client, chatId: string, personId: string) {
  anna.send({ action: 'chat.link', chatId, personId });
  await anna.next('chat', (f) => f.chat.chatId === chatId && f.chat.personId === personId);
  await runtime.idle();
}

test('re-linking an ended chat to another person moves its activity and the chat to them', async () => {
  const anna = await endedChat('relinked-chat-01');
  const [wrong, right] = [await createContact('Mila Bakker'), await createContact('Mila de Bakker')];
  await link(anna, 'relinked-chat-01', wrong.personId);
  expect((await panel(wrong.personId)).activities.map((a) => a.chatId)).toEqual(['relinked-chat-01']);

  await link(anna, 'relinked-chat-01', right.personId);
  const [before, after] = [await panel(wrong.personId), await panel(right.personId)];
  expect(before.activities).toEqual([]);
  expect(before.chats).toEqual([]);
  expect(after.activities.map((a) => a.chatId)).toEqual(['relinked-chat-01']);
  expect(after.chats.map((c) => c.chatId)).toEqual(['relinked-chat-01']);
});

test("a late chat.ended for the chat's previous person does not bring the record back to them", async () => {
  const anna = await endedChat('relinked-chat-02');
  const [wrong, right] = [await createContact('Noor de Wit'), await createContact('Noor Wit')];
  await link(anna, 'relinked-chat-02', wrong.personId);
  await link(anna, 'relinked-chat-02', right.personId);
  const late: ChatEndedDetailV1 = {
    version: 1, chatId: 'relinked-chat-02', channel: 'default', personId: wrong.personId, customer: { name: 'Mila Bakker', email: 'mila@example.com' },
    startedAt: (await panel(right.personId)).activities[0].startedAt, endedAt: Date.now(), endedBy: 'agent', messages: 5,
  };
  expect(await runtime.invoke('EventActivityWriter', { 'detail-type': 'chat.ended', detail: late })).toEqual({ written: false });
  expect((await panel(wrong.personId)).activities).toEqual([]);
});

test("an activity counts the customer's and the agent's messages, not joined or ended", async () => {
  const anna = await endedChat('counted-chat-001');
  const mila = await createContact('Mila Bakker');
  await link(anna, 'counted-chat-001', mila.personId);
  // Stored: the question, "joined", Anna's answer, Mila's thanks, "ended".
  expect((await panel(mila.personId)).activities).toEqual([expect.objectContaining({ chatId: 'counted-chat-001', messages: 3 })]);
});

test("a chat its customer came back to lasts, on the person's card, from its first answer", async () => {
  const anna = await endedChat('back-chat-activity-01');
  const mila = await createContact('Mila Bakker');
  await link(anna, 'back-chat-activity-01', mila.personId);
  const [first] = (await panel(mila.personId)).activities;
  const endedAt = Date.now();
  // Its second end, six seconds after the reopen, four minutes after the first answer.
  const again: ChatEndedDetailV1 = {
    version: 1, chatId: 'back-chat-activity-01', channel: 'default', personId: mila.personId, agent: { id: 'anna', name: ANNA.name },
    customer: { name: 'Mila Bakker', email: 'mila@example.com' }, startedAt: first.startedAt,
    firstAnsweredAt: endedAt - 240_000, answeredAt: endedAt - 6_000, endedAt, endedBy: 'agent', messages: 8, again: true,
  };
  expect(await runtime.invoke('EventActivityWriter', { 'detail-type': 'chat.ended', detail: again })).toEqual({ written: true });
  expect((await panel(mila.personId)).activities).toEqual([expect.objectContaining({ chatId: 'back-chat-activity-01', durationSeconds: 240 })]);
});
