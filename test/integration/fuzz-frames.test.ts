/**
 * Fuzzing every WebSocket route: frames generated from the protocol's own schemas, then mutated,
 * plus malformed JSON, binary and oversized frames. Each gets an error frame (or, over the size
 * limit, a close with 1009), nothing crashes, and the table is exactly as it was.
 */
import fc from 'fast-check';
import { ANNA, BRAM, type TestRuntime } from '../support/runtime';
import { runtimePerFile } from '../support/runtime-world';
import { claimedChat } from '../support/chat-setup';
import { Client, connectAgent, connectCustomer, loginAgent } from '../support/clients';
import { actionRoutes, invalidBodies, malformedBodies, validFrames } from '../support/security/frame-arbitraries';
import { snapshotDiff, tableSnapshot } from '../support/security/table-snapshot';

const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const INVALID_PER_ROUTE = Math.ceil(9000 / actionRoutes.length);
const MALFORMED = 700;
const BINARY = 300;
const FOREIGN_PER_ROUTE = 60;
const PARALLEL_CONNECTIONS = 6;

const ACTIVE = 'victim-chat-active';
const ENDED = 'victim-chat-ended';
/** Frames from strangers with these actions change the sender's own standing (Present/Away, heartbeat, watching the live figures): not an attack. */
const OWN_STATE_ACTIONS = new Set(['presence.set', 'ping', 'watch']);
/** What every agent connection is told when others come and go: not an answer to a frame. */
const BROADCASTS = new Set<string | undefined>(['queue', 'agents', 'presence']);

let runtime: TestRuntime;
let victim: Client;
let anna: Client;
let annaId: string;
const failures: string[] = [];
const clients: Client[] = [];
const track = (c: Client) => (clients.push(c), c);

runtimePerFile(async (started) => {
  runtime = started;
  anna = track(await connectAgent(runtime.url, runtime.wsUrl, ANNA.email, ANNA.password));
  annaId = (await loginAgent(runtime.url, ANNA.email, ANNA.password)).agent.id;
  victim = track(await connectCustomer(runtime.url, runtime.wsUrl));
  await claimedChat(anna, victim, ACTIVE, { name: 'Vera', email: 'vera@example.com', question: 'My order is late' });
  victim.send({ action: 'chat.start', chatId: ENDED, name: 'Vera', email: 'vera@example.com', question: 'Another question' });
  await victim.next('chat', (f) => f.chat.chatId === ENDED);
  victim.send({ action: 'chat.end', chatId: ENDED });
  await victim.next('chat', (f) => f.chat.chatId === ENDED && f.chat.status === 'ended');
  await runtime.idle();
}, clients, { log: (line) => (/failed/.test(line) ? failures.push(line) : undefined) });

/** Sends each body on one of several connections, one at a time per connection, and collects what came back. */
async function sendAll(connections: Client[], bodies: { route: string; body: string | Buffer }[]) {
  const answers: { route: string; frame: { type?: string; code?: string; message?: unknown } }[] = [];
  const queues = connections.map((_, i) => bodies.filter((_b, j) => j % connections.length === i));
  await Promise.all(connections.map(async (client, i) => {
    for (const { route, body } of queues[i]) {
      if (Buffer.isBuffer(body)) client.socket.send(body, { binary: true });
      else client.send(body);
      answers.push({ route, frame: (await client.nextMatching((f) => !BROADCASTS.has(f.type))) as { type?: string } });
    }
  }));
  return answers;
}

function printCounts(title: string, counts: Map<string, number>) {
  const rows = [...counts].map(([route, n]) => `  ${route.padEnd(28)} ${String(n).padStart(6)}`);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(`\n${title}\n${rows.join('\n')}\n  ${'total'.padEnd(28)} ${String(total).padStart(6)}\n`);
}

test('every generated, mutated, malformed or binary frame gets an error frame and changes nothing', async () => {
  const connections = [
    ...(await Promise.all(Array.from({ length: PARALLEL_CONNECTIONS - 1 }, () => connectCustomer(runtime.url, runtime.wsUrl)))),
    await connectAgent(runtime.url, runtime.wsUrl, BRAM.email, BRAM.password),
  ].map(track);
  const bodies = [
    ...actionRoutes.flatMap((route) => fc.sample(invalidBodies(route), { numRuns: INVALID_PER_ROUTE, seed: SEED }).map(({ body }) => ({ route, body }))),
    ...fc.sample(malformedBodies, { numRuns: MALFORMED, seed: SEED }).map((body) => ({ route: '$default (not JSON)', body })),
    ...fc.sample(fc.uint8Array({ minLength: 1, maxLength: 2048 }), { numRuns: BINARY, seed: SEED }).map((bytes) => ({ route: '$default (binary)', body: Buffer.from(bytes) })),
  ];
  await runtime.idle();
  const before = await tableSnapshot(runtime);
  const victimFramesBefore = victim.frames.length;

  const answers = await sendAll(connections, bodies);
  await runtime.idle();

  const counts = new Map<string, number>();
  for (const { route } of answers) counts.set(route, (counts.get(route) ?? 0) + 1);
  printCounts(`Fuzzed frames per route (seed ${SEED})`, counts);
  expect(answers.length).toBeGreaterThanOrEqual(10_000);
  expect(answers.filter((a) => a.frame.type !== 'error' || !['bad-frame', 'unknown-action'].includes(a.frame.code!))).toEqual([]);
  expect(answers.every((a) => typeof a.frame.message === 'string' && a.frame.message.length > 0)).toBe(true);
  expect(failures).toEqual([]);
  expect(snapshotDiff(before, await tableSnapshot(runtime))).toEqual({ gone: [], added: [] });
  expect(victim.frames.length).toBe(victimFramesBefore);
}, 600_000);

test("valid frames from strangers, aimed at someone else's chats, change nothing and reach no one", async () => {
  const foreignIds = fc.constantFrom(ACTIVE, ENDED);
  const overrides = {
    chatId: foreignIds,
    toAgentId: fc.constant(annaId),
    cursors: fc.dictionary(foreignIds, fc.nat(5), { minKeys: 1, maxKeys: 2 }),
  };
  const stranger = track(await connectCustomer(runtime.url, runtime.wsUrl));
  const bram = track(await connectAgent(runtime.url, runtime.wsUrl, BRAM.email, BRAM.password));
  await runtime.idle();
  const before = await tableSnapshot(runtime);
  const [victimBefore, annaBefore] = [victim.frames.length, anna.frames.length];

  const counts = new Map<string, number>();
  for (const [client, role] of [[stranger, 'customer'], [bram, 'agent']] as const) {
    for (const route of actionRoutes.filter((r) => role === 'customer' || !OWN_STATE_ACTIONS.has(r))) {
      for (const frame of fc.sample(validFrames(route, overrides), { numRuns: FOREIGN_PER_ROUTE, seed: SEED })) client.send(frame);
      counts.set(`${route} (${role})`, FOREIGN_PER_ROUTE);
      // One route's frames at a time: handlers run concurrently, and a marker answered means every earlier frame arrived.
      client.send('marker');
      await client.next('error', (f) => f.message === 'frame is not valid JSON', 60_000);
      await runtime.idle();
    }
  }
  await runtime.idle();
  printCounts('Valid frames from strangers per route', counts);

  expect(failures).toEqual([]);
  expect([...stranger.frames, ...bram.frames].filter((f) => !('type' in f))).toEqual([]);
  expect(snapshotDiff(before, await tableSnapshot(runtime))).toEqual({ gone: [], added: [] });
  expect(victim.frames.slice(victimBefore)).toEqual([]);
  expect(anna.frames.slice(annaBefore).filter((f) => f.type !== 'queue' && f.type !== 'agents')).toEqual([]);
}, 300_000);

test('a frame over 128 KB closes the connection with 1009 and changes nothing', async () => {
  const client = await connectCustomer(runtime.url, runtime.wsUrl);
  await runtime.idle();
  const before = await tableSnapshot(runtime);
  const closed = new Promise<number>((resolve) => client.socket.once('close', (code) => resolve(code)));
  client.send(JSON.stringify({ action: 'message.send', chatId: ACTIVE, clientMessageId: 'oversized-0001', text: 'x'.repeat(130 * 1024) }));
  expect(await closed).toBe(1009);
  await runtime.idle();
  expect(snapshotDiff(before, await tableSnapshot(runtime)).added).toEqual([]);
});

test('a frame over 32 KB but under 128 KB gets an error frame and changes nothing', async () => {
  const client = track(await connectCustomer(runtime.url, runtime.wsUrl));
  await runtime.idle();
  const before = await tableSnapshot(runtime);
  client.send({ action: 'message.send', chatId: ACTIVE, clientMessageId: 'oversized-0002', text: 'x'.repeat(40 * 1024) });
  expect(await client.next('error')).toMatchObject({ code: 'bad-frame', message: 'text: must be at most 4000 characters' });
  await runtime.idle();
  expect(snapshotDiff(before, await tableSnapshot(runtime))).toEqual({ gone: [], added: [] });
});
