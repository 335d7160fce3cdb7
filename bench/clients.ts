/** Lean clients for the benchmark: JSON over HTTP, and WebSockets that hand each frame to a callback. */
import WebSocket from 'ws';
import type { ClientFrame, ServerFrame } from '../functions/protocol';

export async function callApi<T>(base: string, path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(base + path, {
    method: init.method ?? 'POST',
    headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${init.method ?? 'POST'} ${path} answered ${res.status}: ${text.slice(0, 200)}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

const HANDSHAKE_TIMEOUT_MS = 30_000;

/** One WebSocket; every server frame goes to `onFrame`, in order, with the time its post arrived (performance.now()). */
export class BenchSocket {
  private constructor(private readonly socket: WebSocket) {}

  static open(wsUrl: string, ticket: string, onFrame: (frame: ServerFrame, at: number) => void, origin?: string): Promise<BenchSocket> {
    const socket = new WebSocket(`${wsUrl}?ticket=${encodeURIComponent(ticket)}`, { perMessageDeflate: false, handshakeTimeout: HANDSHAKE_TIMEOUT_MS, ...(origin && { origin }) });
    socket.on('message', (data) => {
      const at = performance.now();
      // A post is one frame, or an array of the frames sent to this connection at once, in order.
      for (const frame of [JSON.parse(data.toString()) as ServerFrame | ServerFrame[]].flat()) onFrame(frame, at);
    });
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new BenchSocket(socket)));
      socket.once('unexpected-response', (_req, res) => reject(new Error(`handshake refused: ${res.statusCode}`)));
      socket.once('error', reject);
    });
  }

  get open(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  send(frame: ClientFrame): void {
    this.socket.send(JSON.stringify(frame));
  }

  /** Closes and waits for the close handshake, at most `timeoutMs`, then drops the socket. */
  close(timeoutMs = 5000): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.socket.terminate();
        resolve();
      }, timeoutMs);
      this.socket.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      if (this.socket.readyState === WebSocket.CONNECTING) this.socket.terminate();
      else this.socket.close();
    });
  }
}
