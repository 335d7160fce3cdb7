/** The local WebSocket gateway behaves as API Gateway does, for tickets, limits and the management API. */
import { ApiGatewayManagementApiClient, DeleteConnectionCommand, GetConnectionCommand, GoneException, PostToConnectionCommand } from '@aws-sdk/client-apigatewaymanagementapi';
import WebSocket from 'ws';
import { startTestRuntime, type TestRuntime } from '../support/runtime';
import { runtimePerFile } from '../support/runtime-world';
import { Client, newVisitor, ticketFor } from '../support/clients';
import { expiredTicket } from '../support/security/forged-tokens';

let runtime: TestRuntime;
let management: ApiGatewayManagementApiClient;

runtimePerFile((started) => {
  runtime = started;
  management = new ApiGatewayManagementApiClient({ endpoint: runtime.managementEndpoint, region: runtime.region, credentials: runtime.credentials });
});
afterAll(() => management?.destroy());

function handshakeStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.once('open', () => { socket.close(); resolve(101); });
    socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    socket.once('error', reject);
  });
}

/** A customer connection, with the connection id the gateway gave it. */
async function connectCustomer(): Promise<{ client: Client; connectionId: string }> {
  const before = new Set(runtime.gateway.registry.all().map((c) => c.connectionId));
  const client = await Client.connect(runtime.wsUrl, await ticketFor(runtime.url, (await newVisitor(runtime.url)).token));
  const connectionId = runtime.gateway.registry.all().map((c) => c.connectionId).find((id) => !before.has(id))!;
  return { client, connectionId };
}

describe('$connect', () => {
  test('refuses a handshake without a ticket with 401', async () => {
    expect(await handshakeStatus(runtime.wsUrl)).toBe(401);
  });

  test('refuses a forged ticket with 401', async () => {
    expect(await handshakeStatus(`${runtime.wsUrl}?ticket=${'x'.repeat(32)}`)).toBe(401);
  });

  test('accepts a ticket once and refuses it when reused', async () => {
    const ticket = await ticketFor(runtime.url, (await newVisitor(runtime.url)).token);
    expect(await handshakeStatus(`${runtime.wsUrl}?ticket=${ticket}`)).toBe(101);
    expect(await handshakeStatus(`${runtime.wsUrl}?ticket=${ticket}`)).toBe(401);
  });

  test('refuses an expired ticket', async () => {
    expect(await handshakeStatus(`${runtime.wsUrl}?ticket=${await expiredTicket(runtime, 'v1')}`)).toBe(401);
  });
});

describe('management API', () => {
  test('posts to a live connection, reads it and closes it; then answers 410 Gone', async () => {
    const { client, connectionId } = await connectCustomer();

    await management.send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: JSON.stringify({ type: 'queue', waiting: 7 }) }));
    expect(await client.next('queue')).toEqual({ type: 'queue', waiting: 7 });
    const probesBefore = (await runtime.metrics()).gateway.probes;
    const info = await management.send(new GetConnectionCommand({ ConnectionId: connectionId }));
    expect(info.ConnectedAt).toBeInstanceOf(Date);

    const closed = new Promise((resolve) => client.socket.once('close', resolve));
    await management.send(new DeleteConnectionCommand({ ConnectionId: connectionId }));
    await closed;
    const gone = await management.send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: '{}' })).catch((e) => e);
    expect(gone).toBeInstanceOf(GoneException);
    expect(await management.send(new GetConnectionCommand({ ConnectionId: connectionId })).catch((e) => e)).toBeInstanceOf(GoneException);
    // Each read is metered, open or gone: the cost model counts it as a message, to be safe.
    expect((await runtime.metrics()).gateway.probes - probesBefore).toBe(2);
  });

  test('refuses unsigned callers, such as a web page on this machine', async () => {
    const res = await fetch(`${runtime.managementEndpoint}/@connections/anything`, { method: 'POST', body: '{}', headers: { origin: 'http://evil.example' } });
    expect(res.status).toBe(403);
  });

  test('refuses to post more than 128 KB with 413', async () => {
    const { client, connectionId } = await connectCustomer();
    const error = await management.send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: 'x'.repeat(128 * 1024 + 1) })).catch((e) => e);
    expect(error.$metadata.httpStatusCode).toBe(413);
    await client.close();
  });
});

test('idle() waits for the handler of a frame sent just before it', async () => {
  const { client } = await connectCustomer();
  const handled = async () => Object.values((await runtime.metrics()).lambda.invocations).reduce((sum, t) => sum + t.count, 0);
  await runtime.idle();
  const before = await handled();
  client.send({ action: 'sync' });
  await runtime.idle();
  expect(await handled()).toBe(before + 1);
  await client.close();
});

test('a message over 128 KB closes the connection with 1009', async () => {
  const { client } = await connectCustomer();
  const code = new Promise((resolve) => client.socket.once('close', (c) => resolve(c)));
  client.send('x'.repeat(128 * 1024 + 1));
  expect(await code).toBe(1009);
});

test('an idle connection is closed with 1001 after the idle timeout', async () => {
  const quick = await startTestRuntime({ idleTimeoutMs: 200 });
  try {
    const client = await Client.connect(quick.wsUrl, await ticketFor(quick.url, (await newVisitor(quick.url)).token));
    const code = await new Promise((resolve) => client.socket.once('close', (c) => resolve(c)));
    expect(code).toBe(1001);
  } finally {
    await quick.stop();
  }
}, 60_000);

test('every connection is closed with 1001 at its maximum lifetime, even when busy', async () => {
  const quick = await startTestRuntime({ maxConnectionMs: 300 });
  try {
    const client = await Client.connect(quick.wsUrl, await ticketFor(quick.url, (await newVisitor(quick.url)).token));
    const keepBusy = setInterval(() => client.send({ action: 'sync' }), 50);
    const code = await new Promise((resolve) => client.socket.once('close', (c) => resolve(c)));
    clearInterval(keepBusy);
    expect(code).toBe(1001);
  } finally {
    await quick.stop();
  }
}, 60_000);
