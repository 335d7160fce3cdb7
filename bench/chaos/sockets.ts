/** WebSockets for the browser client in Node (the `ws` package), each one kept so chaos can cut it. */
import WebSocket from 'ws';

export class SocketPool {
  readonly open = new Set<WebSocket>();
  drops = 0;

  /** A WebSocket class as `createBrowserClient` takes it, registering every socket it opens. */
  readonly WebSocket = (() => {
    const pool = this;
    return class TrackedWebSocket extends WebSocket {
      constructor(url: string) {
        super(url, { perMessageDeflate: false });
        // A browser reports failures through `close`; ws would also throw an unhandled 'error'.
        this.on('error', () => {});
        this.on('open', () => pool.open.add(this));
        this.on('close', () => pool.open.delete(this));
      }
    };
  })() as unknown as typeof globalThis.WebSocket;

  /** Cuts one open socket at random without a close handshake, as a lost network does. */
  dropOne(random: () => number): boolean {
    const sockets = [...this.open];
    if (sockets.length === 0) return false;
    const socket = sockets[Math.floor(random() * sockets.length)];
    this.open.delete(socket);
    socket.terminate();
    this.drops++;
    return true;
  }
}
