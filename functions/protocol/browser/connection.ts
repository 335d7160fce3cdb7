/**
 * Keeps one WebSocket open: fetch a single-use ticket, connect, and after any close try again
 * with backoff and a fresh ticket (a ticket works once and only for ~30 s). Knows nothing of chats.
 */
import type { ClientConfig, TicketResponse } from '../http';
import { WIDGET_PATHS } from '../constants';
import { backoffDelay } from './backoff';

export type ConnectionState = 'connecting' | 'online' | 'offline';

export interface ConnectionOptions {
  config: ClientConfig;
  /** Bearer token of the agent or visitor, exchanged for a ticket on every connect. */
  token: string;
  /** A ticket already in hand (a new visitor gets one with its identity): the first connect uses it instead of asking. */
  ticket?: string;
  WebSocket: typeof WebSocket;
  fetch: typeof fetch;
  random: () => number;
  onOpen(): void;
  onData(data: string): void;
  onState(state: ConnectionState): void;
  /** The token was refused; the connection has stopped for good. */
  onUnauthorized(): void;
}

export interface Connection {
  start(): void;
  stop(): void;
  /** Skips the rest of a backoff wait (e.g. the browser says it is online again). */
  retryNow(): void;
  /** The current connection proved good: the next failure starts the backoff from the beginning. */
  settled(): void;
  /** Sends on the open socket; false when there is none. */
  write(data: string): boolean;
}

const OPEN = 1;
const TICKET_TIMEOUT_MS = 15_000;

export function createConnection(opts: ConnectionOptions): Connection {
  let socket: WebSocket | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  // Bumped by start and stop, so a ticket request still in flight from an earlier run is ignored.
  let run = 0;
  let running = false;
  // A ticket in hand serves the first connect only: it works once, and only for ~30 s.
  let inHand = opts.ticket;

  async function open(mine: number): Promise<void> {
    timer = undefined;
    let ticket = inHand;
    inHand = undefined;
    try {
      if (!ticket) {
        // Called unbound: browsers throw "Illegal invocation" when fetch runs with another `this`.
        const request = opts.fetch;
        const res = await request(opts.config.apiBase + WIDGET_PATHS.tickets, {
          method: 'POST',
          headers: { authorization: `Bearer ${opts.token}` },
          // A request the server accepted and never answers must not stop the reconnecting for good.
          signal: AbortSignal.timeout(TICKET_TIMEOUT_MS),
        });
        if (mine !== run) return;
        if (res.status === 401 || res.status === 403) {
          stop();
          opts.onUnauthorized();
          return;
        }
        if (!res.ok) return retry(mine);
        ({ ticket } = (await res.json()) as TicketResponse);
        if (mine !== run) return;
      }
      const separator = opts.config.wsUrl.includes('?') ? '&' : '?';
      const ws = new opts.WebSocket(`${opts.config.wsUrl}${separator}ticket=${encodeURIComponent(ticket)}`);
      socket = ws;
      ws.onopen = () => {
        opts.onState('online');
        opts.onOpen();
      };
      ws.onmessage = (event) => opts.onData(String(event.data));
      ws.onclose = () => {
        if (socket === ws) retry(mine);
      };
    } catch {
      if (mine === run) retry(mine);
    }
  }

  function retry(mine: number): void {
    socket = undefined;
    opts.onState('offline');
    timer = setTimeout(() => open(mine), backoffDelay(attempt++, opts.random));
  }

  function stop(): void {
    run++;
    running = false;
    clearTimeout(timer);
    timer = undefined;
    const ws = socket;
    socket = undefined;
    ws?.close();
    opts.onState('offline');
  }

  return {
    start() {
      if (running) return;
      running = true;
      opts.onState('connecting');
      void open(++run);
    },
    stop,
    retryNow() {
      if (timer === undefined) return;
      clearTimeout(timer);
      void open(run);
    },
    settled() {
      attempt = 0;
    },
    write(data) {
      if (socket?.readyState !== OPEN) return false;
      socket.send(data);
      return true;
    },
  };
}
