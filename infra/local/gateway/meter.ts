/**
 * What API Gateway would bill for this gateway's traffic: messages both ways, metered in 32 KB
 * units (a 33 KB frame is two messages), and connection minutes. Counters only, so a long-running
 * `npm start` keeps a fixed footprint.
 */
import type { ConnectionRegistry } from './registry';

/** API Gateway meters WebSocket messages in 32 KB increments. */
export const BILLING_UNIT_BYTES = 32 * 1024;

export const billedUnits = (bytes: number) => Math.max(1, Math.ceil(bytes / BILLING_UNIT_BYTES));

export interface Traffic { count: number; bytes: number; units: number }

export interface GatewayMetrics {
  /** Client → server frames, by the route they selected. */
  framesIn: Record<string, Traffic>;
  /** Server → client posts through the management API, by the frame's `type`. */
  postsOut: Record<string, Traffic>;
  /** Posts to a connection already gone (410): not delivered. */
  postsGone: number;
  /** Management API reads of a connection (GET `@connections/{id}`), open or gone. */
  probes: number;
  connectionsOpened: number;
  /** Connection time of every connection, open ones up to now. */
  connectionMs: number;
}

export class GatewayMeter {
  private readonly framesIn: Record<string, Traffic> = {};
  private readonly postsOut: Record<string, Traffic> = {};
  private postsGone = 0;
  private probes = 0;
  private connectionsOpened = 0;
  private closedConnectionMs = 0;

  constructor(private readonly registry: ConnectionRegistry) {}

  frameIn(routeKey: string, bytes: number): void {
    add(this.framesIn, routeKey, bytes);
  }

  /** `body` is the posted frame; its type is read from the first bytes rather than by parsing it all. */
  postOut(body: Buffer): void {
    const type = /"type":"([A-Za-z.-]{1,32})"/.exec(body.subarray(0, 80).toString('latin1'))?.[1] ?? 'other';
    add(this.postsOut, type, body.length);
  }

  postToGone(): void {
    this.postsGone += 1;
  }

  probed(): void {
    this.probes += 1;
  }

  opened(): void {
    this.connectionsOpened += 1;
  }

  closed(connectedAt: number, at = Date.now()): void {
    this.closedConnectionMs += at - connectedAt;
  }

  snapshot(now = Date.now()): GatewayMetrics {
    const openMs = this.registry.all().reduce((sum, c) => sum + (now - c.connectedAt), 0);
    return structuredClone({
      framesIn: this.framesIn, postsOut: this.postsOut, postsGone: this.postsGone, probes: this.probes,
      connectionsOpened: this.connectionsOpened, connectionMs: this.closedConnectionMs + openMs,
    });
  }
}

function add(into: Record<string, Traffic>, key: string, bytes: number) {
  const t = (into[key] ??= { count: 0, bytes: 0, units: 0 });
  t.count += 1;
  t.bytes += bytes;
  t.units += billedUnits(bytes);
}
