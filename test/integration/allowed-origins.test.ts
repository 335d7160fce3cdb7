/** With allowed origins set, the widget connects only from those pages; agents are not bound to them. */
import WebSocket from 'ws';
import { ANNA, type TestRuntime } from '../support/runtime';
import { runtimePerFile } from '../support/runtime-world';
import { loginAgent, newVisitor, ticketFor } from '../support/clients';

let runtime: TestRuntime;

runtimePerFile((started) => (runtime = started), [], { allowedOrigins: ['https://shop.example'] });

function handshakeStatus(url: string, origin?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, origin ? { origin } : {});
    socket.once('open', () => { socket.close(); resolve(101); });
    socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    socket.once('error', reject);
  });
}

const customerTicket = async () => ticketFor(runtime.url, (await newVisitor(runtime.url)).token);

test('a customer on an allowed page connects', async () => {
  expect(await handshakeStatus(`${runtime.wsUrl}?ticket=${await customerTicket()}`, 'https://shop.example')).toBe(101);
});

test('a customer on another site is refused with 401', async () => {
  expect(await handshakeStatus(`${runtime.wsUrl}?ticket=${await customerTicket()}`, 'https://evil.example')).toBe(401);
});

test('a customer connection without an Origin header is refused', async () => {
  expect(await handshakeStatus(`${runtime.wsUrl}?ticket=${await customerTicket()}`)).toBe(401);
});

test('an agent connects from the console whatever its origin', async () => {
  const { token } = await loginAgent(runtime.url, ANNA.email, ANNA.password);
  expect(await handshakeStatus(`${runtime.wsUrl}?ticket=${await ticketFor(runtime.url, token)}`, 'https://console.example')).toBe(101);
});
