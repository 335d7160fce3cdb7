/**
 * `npm run chaos`: 200 chats between customers and agents whose sockets are cut at random moments,
 * a stretch where the gateway swallows `$disconnect`s, and one SIGKILL and restart of the runtime
 * mid-run. Afterwards every message must be stored once, in order, and seen by both sides; every
 * chat must have one owner and none may be left in the queue. Prints the figures; exits 1 otherwise.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TranscriptResponse } from '../functions/protocol';
import { callApi } from './clients';
import { startRuntimeProcess, type RuntimeProcess } from './runtime-process';
import { agentAnswers, startAgent, startCustomer, sleep, until, type Agent, type Customer } from './chaos/people';
import { SocketPool } from './chaos/sockets';
import { passed, verify } from './chaos/verify';

const CHATS = Number(process.env.CHAOS_CHATS ?? 200);
const MESSAGES_PER_CUSTOMER = 4;
const AGENTS = 10;
const ARRIVAL_MS = 40;
/** Each open socket is cut about this often on average, whatever the number of sockets. */
const DROP_EVERY_PER_SOCKET_MS = 30_000;
/** Drops whose `$disconnect` the gateway swallows, in one stretch. */
const SWALLOWED_DROPS = 60;
/** `CHAOS_KILL=0` leaves the runtime alive, to tell the crash's effects from the drops'. */
const KILL = process.env.CHAOS_KILL !== '0';
const RUN_LIMIT_MS = Number(process.env.CHAOS_LIMIT_SECONDS ?? 900) * 1000;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function main() {
  const started = Date.now();
  const deadline = started + RUN_LIMIT_MS;
  const dataDir = await mkdtemp(join(tmpdir(), 'parley-chaos-'));
  const port = await freePort();
  let runtime: RuntimeProcess = await startRuntimeProcess(dataDir, { port, echoStderr: !!process.env.CHAOS_DEBUG });
  const agentLogins = Array.from({ length: AGENTS }, (_, i) => ({ name: `Chaos Agent ${i}`, email: `chaos${i}@parley.test`, password: `chaos-agent-${i}`, role: 'agent' as const }));
  await runtime.seed(agentLogins);
  const config = { apiBase: runtime.url, wsUrl: runtime.wsUrl };
  const pool = new SocketPool();
  const figures = { drops: 0, dropsWhileSwallowing: 0, kills: 0, restartMs: 0 };
  let swallowing = false;
  let killed = false;

  const agents: Agent[] = [];
  for (const login of agentLogins) agents.push(await startAgent(config, pool, login.email, login.password, 40));
  const customers: Customer[] = [];
  const arrivals = (async () => {
    for (let i = 0; i < CHATS; i++) {
      customers.push(await startCustomer(config, pool, i, MESSAGES_PER_CUSTOMER, deadline));
      await sleep(ARRIVAL_MS);
    }
  })();

  const doneShare = () => customers.filter((c) => c.done).length / CHATS;
  const progress = setInterval(() => {
    const active = customers.filter((c) => c.client.chat(c.chatId)?.status === 'active').length;
    const states = [...customers.map((c) => c.client.state), ...agents.map((a) => a.client.state)].reduce<Record<string, number>>((m, st) => ((m[st] = (m[st] ?? 0) + 1), m), {});
    process.stderr.write(`chaos: ${JSON.stringify(states)} ${customers.length} arrived, ${active} active, ${customers.filter((c) => c.done).length} done, ${figures.drops} drops, ${pool.open.size} sockets open, ${customers.reduce((n, c) => n + c.client.outbox().length, 0)}+${agents.reduce((n, a) => n + a.client.outbox().length, 0)} unconfirmed${killed ? ', restarted' : ''} ${JSON.stringify(Object.fromEntries(agentAnswers))}\n`);
  }, 5000);
  const chaos = (async () => {
    while (doneShare() < 1 && Date.now() < deadline) {
      await sleep((DROP_EVERY_PER_SOCKET_MS / Math.max(1, pool.open.size)) * (0.5 + Math.random()));
      if (pool.dropOne(Math.random)) {
        figures.drops++;
        if (swallowing) figures.dropsWhileSwallowing++;
      }
      if (swallowing && figures.dropsWhileSwallowing >= SWALLOWED_DROPS) {
        swallowing = false;
        await runtime.swallowDisconnects(false);
      }
      const share = doneShare();
      if (!swallowing && figures.dropsWhileSwallowing === 0 && share >= 0.15) {
        swallowing = true;
        await runtime.swallowDisconnects(true);
      }
      if (KILL && !killed && share >= 0.35) {
        // SIGKILL: no shutdown, no `$disconnect`s, handlers cut mid-write. Then a restart on the same port and data.
        const restartAt = Date.now();
        await runtime.kill();
        killed = true;
        swallowing = false;
        figures.kills++;
        runtime = await startRuntimeProcess(dataDir, { port, echoStderr: !!process.env.CHAOS_DEBUG });
        figures.restartMs = Date.now() - restartAt;
      }
    }
  })();

  await arrivals;
  await until(() => doneShare() === 1, deadline);
  await chaos;
  // Everyone catches up: every socket cut once more, so each client reconnects and syncs from its cursors.
  for (const socket of [...pool.open]) socket.terminate();
  await until(() => [...customers.map((c) => c.client), ...agents.map((a) => a.client)].every((c) => c.state === 'online' && c.outbox().length === 0), deadline);
  await sleep(1000);

  const { token } = await callApi<{ token: string }>(runtime.url, '/api/login', { body: { email: agentLogins[0].email, password: agentLogins[0].password } });
  const stored = new Map<string, TranscriptResponse>();
  for (const { chatId } of customers) stored.set(chatId, await callApi<TranscriptResponse>(runtime.url, `/api/chats/${chatId}`, { method: 'GET', token }));
  const verdict = verify(customers, agents, stored);
  clearInterval(progress);

  for (const agent of agents) (agent.stop(), agent.client.close());
  for (const customer of customers) customer.client.close();
  await runtime.stop();
  await rm(dataDir, { recursive: true, force: true });

  const rows: [string, number | string][] = [
    ['chats', verdict.chats], ['text messages stored', verdict.messages], ['sockets dropped', figures.drops],
    ['  of which $disconnect swallowed', figures.dropsWhileSwallowing], ['runtime SIGKILLs', figures.kills], ['restart took (ms)', figures.restartMs],
    ['lost', verdict.lost], ['duplicated', verdict.duplicated], ['not delivered to a side', verdict.notDelivered], ['out of order', verdict.outOfOrder],
    ['chats without exactly one owner', verdict.withoutOneOwner], ['stuck in the queue', verdict.stuckInQueue], ['customers unfinished', verdict.unfinished],
    ['run time (s)', Math.round((Date.now() - started) / 1000)],
  ];
  process.stdout.write(`\nChaos run\n${rows.map(([k, n]) => `  ${k.padEnd(34)} ${n}`).join('\n')}\n`);
  if (verdict.problems.length) process.stdout.write(`\nFirst problems:\n  ${verdict.problems.join('\n  ')}\n`);
  process.exit(passed(verdict) && figures.kills === (KILL ? 1 : 0) ? 0 : 1);
}

main().catch((error) => {
  process.stderr.write(`chaos run failed: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
