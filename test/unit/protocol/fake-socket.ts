/** A stand-in for the browser's WebSocket and fetch, so the browser client runs without a network. */
import type { ClientFrame } from '../../../functions/protocol/client-frames';
import type { ServerFrame } from '../../../functions/protocol/server-frames';

export class FakeSocket {
  readyState = 0;
  readonly sent: ClientFrame[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;

  constructor(readonly url: string) {}

  send(data: string): void {
    this.sent.push(JSON.parse(data));
  }

  close(): void {
    this.drop();
  }

  /** The server accepted the handshake. */
  open(): void {
    this.readyState = 1;
    this.onopen?.();
  }

  receive(...frames: (ServerFrame | object)[]): void {
    for (const frame of frames) this.onmessage?.({ data: JSON.stringify(frame) });
  }

  /** The connection went away (network, idle timeout, server close). */
  drop(): void {
    if (this.readyState === 3) return;
    this.readyState = 3;
    this.onclose?.();
  }
}

/** A fake network: every socket opened, and a ticket endpoint answering with `ticketStatus`. */
export function fakeNetwork() {
  const sockets: FakeSocket[] = [];
  const net = {
    sockets,
    ticketStatus: 200,
    ticketRequests: [] as { url: string; init?: RequestInit }[],
    WebSocket: class extends FakeSocket {
      constructor(url: string) {
        super(url);
        sockets.push(this);
      }
    } as unknown as typeof WebSocket,
    fetch: (async (url: string, init?: RequestInit) => {
      net.ticketRequests.push({ url, init });
      const ticket = `ticket-${net.ticketRequests.length}`;
      return { ok: net.ticketStatus < 300, status: net.ticketStatus, json: async () => ({ ticket, expiresInSeconds: 30 }) };
    }) as unknown as typeof fetch,
    /** The most recently opened socket. */
    get socket(): FakeSocket {
      return sockets[sockets.length - 1];
    },
  };
  return net;
}
