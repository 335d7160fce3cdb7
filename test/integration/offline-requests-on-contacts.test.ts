/**
 * A request left through the offline form goes on the card of the contact with its email address:
 * at once when that contact is already saved, or when a contact is saved with the address later.
 */
import { ANNA, type TestRuntime } from '../support/runtime';
import { signedInPerTest } from '../support/runtime-world';
import { openClaimedChat } from '../support/chat-setup';
import { api, newVisitor, type Client } from '../support/clients';
import type { ContactCreateResponse, OfflineRequestResponse, PersonPanelResponse, PersonView, RequestsResponse } from '../../functions/protocol';

let runtime: TestRuntime;
let token: string;
const clients: Client[] = [];

signedInPerTest(ANNA, (world) => ({ runtime, token } = world), clients);

const createContact = async (body: object): Promise<PersonView> => (await api<ContactCreateResponse>(runtime.url, '/api/contacts', { token, body })).body.person;
const panel = async (personId: string) => (await api<PersonPanelResponse>(runtime.url, `/api/contacts/${personId}`, { method: 'GET', token })).body;
const listed = async () => (await api<RequestsResponse>(runtime.url, '/api/requests', { method: 'GET', token })).body.requests;

async function offlineForm(email: string, message = 'Please call me back about my order.'): Promise<number> {
  const { token: visitor } = await newVisitor(runtime.url);
  const sent = await api<OfflineRequestResponse>(runtime.url, '/api/offline-requests', { token: visitor, body: { name: 'Mila Bakker', email, message } });
  expect(sent.status).toBe(201);
  return sent.body.number;
}

test("a request from a saved contact's address is on their card at once, whatever the case of its letters", async () => {
  const mila = await createContact({ name: 'Mila Bakker', email: 'mila@example.com' });
  const number = await offlineForm('Mila@Example.COM');

  expect((await panel(mila.personId)).requests).toEqual([
    expect.objectContaining({ number, source: 'offline-form', personId: mila.personId, message: 'Please call me back about my order.' }),
  ]);
  expect((await listed()).find((r) => r.number === number)).toMatchObject({ personId: mila.personId, email: 'Mila@Example.COM' });
});

test('a request from an address no contact has yet goes to the contact the agent saves from a later chat', async () => {
  const number = await offlineForm('mila@example.com');
  expect((await listed()).find((r) => r.number === number)?.personId).toBeUndefined();

  // Mila chats later; Anna saves her as a contact from the chat and links it.
  const { anna } = await openClaimedChat(runtime, clients, 'later-chat-0001', { name: 'Mila Bakker', email: 'mila@example.com', question: 'Any news on my request?' });
  const mila = await createContact({ name: 'Mila Bakker', email: 'mila@example.com' });
  anna.send({ action: 'chat.link', chatId: 'later-chat-0001', personId: mila.personId });
  await anna.next('chat', (f) => f.chat.personId === mila.personId);

  const card = await panel(mila.personId);
  expect(card.chats.map((c) => c.chatId)).toEqual(['later-chat-0001']);
  expect(card.requests).toEqual([expect.objectContaining({ number, source: 'offline-form', personId: mila.personId })]);
  expect((await listed()).find((r) => r.number === number)?.personId).toBe(mila.personId);
});

test('a request stays with the first contact of its address: one saved after with the same address does not take it', async () => {
  const number = await offlineForm('noor@example.com');
  const noor = await createContact({ name: 'Noor Visser', email: 'noor@example.com' });
  const again = await createContact({ name: 'Noor Visser (duplicate)', email: 'noor@example.com' });
  const later = await offlineForm('noor@example.com', 'And one more thing.');

  expect((await panel(noor.personId)).requests.map((r) => r.number).sort()).toEqual([number, later].sort());
  expect((await panel(again.personId)).requests).toEqual([]);
});

test('a request from another address is on no card', async () => {
  const mila = await createContact({ name: 'Mila Bakker', email: 'mila@example.com' });
  await offlineForm('mila@example.co');
  await offlineForm('mila@example.com.au');
  await createContact({ name: 'Mila Bakker', email: 'mila@example.org' });

  expect((await panel(mila.personId)).requests).toEqual([]);
  expect((await listed()).every((r) => r.personId === undefined)).toBe(true);
});

test('a request and a contact of the same address saved at the same moment still meet, on the card, once', async () => {
  const addresses = Array.from({ length: 8 }, (_, i) => `race${i}@example.com`);
  const pairs = await Promise.all(addresses.map((email) => Promise.all([offlineForm(email), createContact({ name: 'Race', email })])));
  for (const [number, person] of pairs) expect((await panel(person.personId)).requests.map((r) => r.number)).toEqual([number]);
});
