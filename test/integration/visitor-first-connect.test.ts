/**
 * A new visitor's way in: one POST /api/visitors answers the identity, a first WebSocket ticket and
 * whether the channel is available, so the widget connects after a single HTTP call.
 */
import type { AvailabilityResponse, VisitorResponse } from '../../functions/protocol';
import { ANNA, type TestRuntime } from '../support/runtime';
import { runtimePerTest } from '../support/runtime-world';
import { api, Client, connectAgent, connectPresent, ticketFor } from '../support/clients';
import { claimedChat } from '../support/chat-setup';

let runtime: TestRuntime;
const clients: Client[] = [];
const track = (c: Client) => (clients.push(c), c);
const welcome = async (query = '') => (await api<VisitorResponse>(runtime.url, `/api/visitors${query}`)).body;

describe('with the usual limits', () => {
  runtimePerTest((started) => (runtime = started), clients);

  test('one call gives a visitor identity and a ticket that opens the first WebSocket, on which a chat reaches an agent', async () => {
    const visitor = await welcome('?channel=default');
    expect(visitor).toEqual({ token: expect.any(String), visitorId: expect.any(String), ticket: expect.any(String), expiresInSeconds: 30, online: false });

    const customer = track(await Client.connect(runtime.wsUrl, visitor.ticket!));
    const anna = track(await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password));
    await claimedChat(anna, customer, 'first-call-0001', { name: 'Sam', email: 'sam@example.com', question: 'Hello?' });

    expect(customer.messages('first-call-0001').map((m) => m.event ?? m.text)).toEqual(['Hello?', 'joined']);
  });

  test('the answer says online once an agent is Present, as GET /api/availability does', async () => {
    track(await connectPresent(runtime.url, runtime.wsUrl, ANNA));

    const visitor = await welcome('?channel=default');
    const availability = (await api<AvailabilityResponse>(runtime.url, '/api/availability?channel=default', { method: 'GET' })).body;

    expect([visitor.online, availability.online]).toEqual([true, true]);
  });

  test('without ?channel= the answer is about the default channel, and for a channel that does not exist it is offline', async () => {
    track(await connectPresent(runtime.url, runtime.wsUrl, ANNA));

    expect([(await welcome()).online, (await welcome('?channel=no-such-channel')).online]).toEqual([true, false]);
  });

  test('a channel that is not a channel name is refused with the reason', async () => {
    const res = await api<{ error: string }>(runtime.url, `/api/visitors?channel=${encodeURIComponent('Sales Team')}`);

    expect(res).toEqual({ status: 400, body: { error: 'channel: use 1-40 lowercase letters, digits and dashes' } });
  });

  test('the identity is the one the ticket admits: the visitor token gets further tickets for the same visitor', async () => {
    const visitor = await welcome();
    const first = track(await Client.connect(runtime.wsUrl, visitor.ticket!));
    first.send({ action: 'chat.start', chatId: 'same-visitor-01', name: 'Sam', email: 'sam@example.com', question: 'Still me?' });
    await first.next('chat');
    await first.close();

    const again = track(await Client.connect(runtime.wsUrl, await ticketFor(runtime.url, visitor.token)));
    again.send({ action: 'sync', cursors: { 'same-visitor-01': 0 } });

    expect(await again.next('chat')).toMatchObject({ chat: { chatId: 'same-visitor-01', status: 'queued' } });
  });
});

describe('with a per-address connect limit', () => {
  runtimePerTest((started) => (runtime = started), clients, { handlerEnv: { LIMIT_CONNECTS_PER_MINUTE: '2' } });

  test('a first ticket counts against the address like any other: past the limit the handshake is refused with 429', async () => {
    // Per-minute limits count in calendar minutes: start well inside one, so the check cannot straddle two.
    const second = new Date().getSeconds();
    if (second > 45) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));
    track(await Client.connect(runtime.wsUrl, (await welcome()).ticket!));
    track(await Client.connect(runtime.wsUrl, (await welcome()).ticket!));

    await expect(Client.connect(runtime.wsUrl, (await welcome()).ticket!)).rejects.toThrow('handshake refused: 429');
  });
});
