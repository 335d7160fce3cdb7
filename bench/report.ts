/** The figures of a run as tables: aligned text for the terminal, pipe tables for docs/performance.md. */
import type { LevelResult } from './load/level';
import type { RampStep } from './ramp';
import type { TargetCheck } from './targets';
import type { Weight } from './weight';

export interface Table { title: string; head: string[]; rows: string[][]; note?: string }

/** A level run against the local runtime, which reports what it used: only those are priced. */
export type PricedLevel = LevelResult & Required<Pick<LevelResult, 'usage' | 'cost' | 'runtime'>>;
export const isPriced = (level: LevelResult): level is PricedLevel => !!(level.usage && level.cost && level.runtime);

const ms = (n: number) => (Number.isFinite(n) ? (n >= 100 ? n.toFixed(0) : n.toFixed(1)) : '–');
const usd = (n: number) => `$${n.toFixed(n < 0.01 ? 4 : 3)}`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const perChat = (n: number, chats: number) => (n / chats).toFixed(1);

export function levelTable(levels: LevelResult[]): Table {
  return {
    title: 'Delivery latency (ms, send → receipt of the `message` frame) and load',
    head: ['chats', 'agents', 'arrivals/s', 'msgs/s', 'c→a p50', 'p95', 'p99', 'max', 'a→c p50', 'p95', 'p99', 'max', 'connect p50/p99', 'claim p50/p99', 'lost', 'dup', 'runtime CPU', 'peak RSS', 'machine load'],
    rows: levels.map((l) => {
      const c = l.latencyMs.customerToAgent;
      const a = l.latencyMs.agentToCustomer;
      return [
        String(l.config.chats), String(l.agents), l.arrivalsPerSecond.toFixed(1), l.messages.perSecond.toFixed(1),
        ms(c.p50), ms(c.p95), ms(c.p99), ms(c.max), ms(a.p50), ms(a.p95), ms(a.p99), ms(a.max),
        `${ms(l.latencyMs.connect.p50)} / ${ms(l.latencyMs.connect.p99)}`, `${ms(l.latencyMs.claim.p50)} / ${ms(l.latencyMs.claim.p99)}`,
        String(l.messages.lost), String(l.messages.duplicated),
        l.runtime ? `${l.runtime.cpuPercentOfOneCore.toFixed(0)} % of a core` : '—', l.runtime ? `${l.runtime.peakRssMb.toFixed(0)} MB` : '—',
        `${l.machineLoad.busyBefore === undefined ? '' : `${(l.machineLoad.busyBefore * 100).toFixed(0)} % busy; `}load ${l.machineLoad.atStart.toFixed(1)}–${l.machineLoad.max.toFixed(1)}`,
      ];
    }),
    note: 'arrivals/s: chats started and claimed per second while customers arrived (at most 10/s, at most 10 unclaimed at once); the conversations start once all are claimed. c→a: customer to agent; a→c: agent to customer. connect: the visitor call (identity, availability, ticket) + WebSocket handshake; claim: `queue.next` sent → claimed chat received. CPU and RSS are the runtime process (gateway, dynalite and the Lambda worker together). Machine load: how busy the machine was with other work just before the level, and the 1-minute load average at its start and highest during it (2 cores; above ~2, other work competed).',
  };
}

export function costTable(levels: PricedLevel[]): Table {
  const services = [...new Set(levels.flatMap((l) => Object.keys(l.cost.per1000Chats.byService)))];
  return {
    title: `Cost per 1,000 chats of ${levels[0]?.config.messagesPerChat ?? 20} messages (USD, eu-west-1 list prices in bench/prices.ts; the last column at us-east-1 prices)`,
    head: ['chats', 'agents', ...services, 'total', 'total at us-east-1'],
    rows: levels.map((l) => [
      String(l.config.chats), String(l.agents), ...services.map((s) => usd(l.cost.per1000Chats.byService[s] ?? 0)), usd(l.cost.per1000Chats.total),
      l.costUsEast1 ? usd(l.costUsEast1.total) : '—',
    ]),
  };
}

/** Billing units per chat, the quantities behind the cost table. */
export function unitsTable(levels: PricedLevel[]): Table {
  return {
    title: 'Billing units per chat',
    head: ['chats', 'RRU', 'WRU table', 'WRU index (modelled)', 'WS msgs in', 'WS msgs out', 'conn-min', 'HTTP reqs', 'Lambda invocations', 'Lambda GB-s'],
    rows: levels.map((l) => {
      const u = l.usage.usage;
      const n = l.config.chats;
      const gbs = l.cost.lines.find((x) => x.unit === 'GB-s')?.quantity ?? 0;
      return [
        String(n), perChat(u.dynamo.readUnits, n), perChat(u.dynamo.writeUnits, n), perChat(u.dynamo.indexWriteUnits, n),
        perChat(u.webSocket.messageUnitsIn, n), perChat(u.webSocket.messageUnitsOut, n), (u.webSocket.connectionMinutes / n).toFixed(2),
        perChat(u.lambda.filter((x) => x.trigger === 'http').reduce((s, x) => s + x.invocations, 0), n),
        perChat(u.lambda.reduce((s, x) => s + x.invocations, 0), n), (gbs / n).toFixed(3),
      ];
    }),
  };
}

export function handlerTable(level: PricedLevel): Table {
  const n = level.config.chats;
  return {
    title: `Handlers at ${n} chats (per chat, and duration as measured by the local Lambda host)`,
    head: ['handler', 'calls/chat', 'mean ms', 'p50 ms', 'p99 ms', 'DynamoDB calls/call', 'RRU/chat', 'WRU/chat'],
    rows: level.usage.handlers.map((h) => [
      h.name, perChat(h.invocations, n), ms(h.meanMs), ms(h.p50Ms), ms(h.p99Ms), (h.dynamo.calls / h.invocations).toFixed(1),
      perChat(h.dynamo.readUnits, n), perChat(h.dynamo.writeUnits, n),
    ]),
  };
}

export function postsTable(level: PricedLevel): Table {
  const n = level.config.chats;
  const rows = Object.entries(level.usage.postsOut).sort((a, b) => b[1].count - a[1].count)
    .map(([type, t]) => [type, perChat(t.count, n), (t.bytes / t.count).toFixed(0)]);
  return { title: `Server → client frames at ${n} chats, by type`, head: ['frame type', 'per chat', 'mean bytes'], rows };
}

export function weightTables(weight: Weight): Table[] {
  const web: Table = 'error' in weight.web
    ? { title: 'Web bundles (gzip -9)', head: ['bundle', 'size'], rows: [['(build failed)', weight.web.error]] }
    : {
      title: 'Web bundles (gzip -9)',
      head: ['bundle', 'gzip size'],
      rows: [
        ['widget loader (widget.js)', kb(weight.web.loaderGzipBytes)],
        ['widget panel (widget-panel.js)', kb(weight.web.panelGzipBytes)],
        ['whole widget (loader + panel + largest on-demand part)', kb(weight.web.widgetGzipBytes)],
        ['agent console (agent/console.js)', kb(weight.web.consoleGzipBytes)],
      ],
    };
  const lambdas: Table = {
    title: 'Lambda bundles (esbuild as the CDK stack: minify, node22, @aws-sdk external) and cold require time (median of 5 fresh processes)',
    head: ['handler', 'minified', 'cold require ms', 'largest input'],
    rows: weight.lambdas.map((b) => [b.name, kb(b.minifiedBytes), ms(b.coldRequireMs), b.largestInputs[0] ? `${b.largestInputs[0].path.replace(/^node_modules\//, '')} (${kb(b.largestInputs[0].bytes)})` : '']),
  };
  return [web, lambdas];
}

export function rampTable(steps: RampStep[]): Table {
  return {
    title: 'Ramp: rate stepped up until p99 passes 250 ms',
    head: ['chats', 'pace ms', 'msgs/s', 'p50', 'p99', 'max', 'lost', 'dup', 'runtime CPU', 'machine load'],
    rows: steps.map((s) => [String(s.chats), String(s.paceMs), s.perSecond.toFixed(1), ms(s.p50), ms(s.p99), ms(s.max), String(s.lost), String(s.duplicated), s.cpuPercent === undefined ? '—' : `${s.cpuPercent.toFixed(0)} %`, `≤ ${s.machineLoad.toFixed(1)}`]),
  };
}

export function targetsTable(checks: TargetCheck[]): Table {
  return {
    title: 'Targets',
    head: ['target', 'actual', 'met'],
    rows: checks.map((c) => [c.target, c.actual, c.met === undefined ? 'n/a' : c.met ? 'yes' : 'NO']),
  };
}

export function textTable(t: Table): string {
  const widths = t.head.map((h, i) => Math.max(h.length, ...t.rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [`${t.title}`, line(t.head), widths.map((w) => '-'.repeat(w)).join('  '), ...t.rows.map(line), ...(t.note ? [t.note] : [])].join('\n');
}

export function markdownTable(t: Table): string {
  const escape = (s: string) => s.replace(/\|/g, '\\|');
  return [
    `**${t.title}**`, '',
    `| ${t.head.map(escape).join(' | ')} |`,
    `|${t.head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
    ...t.rows.map((r) => `| ${r.map(escape).join(' | ')} |`),
    ...(t.note ? ['', t.note] : []),
  ].join('\n');
}
