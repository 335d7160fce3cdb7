/** `npm run bench -- [options]`: what to run and where to write it. */
import { resolve } from 'node:path';

export interface BenchOptions {
  quick: boolean;
  levels: number[];
  /** Think time before each message: uniform in [min, max]. */
  pace: { minMs: number; maxMs: number };
  chatsPerAgent: number;
  /** Customers arrive at most this fast (per second), and at most `arrivalsInFlight` unclaimed at once. */
  maxArrivalsPerSecond: number;
  arrivalsInFlight: number;
  seed: number;
  /** Worker threads running the handlers in the runtime under test (the runtime's default is 1). */
  lambdaWorkers: number;
  /** Write CPU profiles of the runtime process here (node --cpu-prof). */
  profileDir?: string;
  weight: boolean;
  /** The clients send `typing` and `chat.read` as the product's own do. */
  signals: boolean;
  /** Length of each customer's question; the default is a 53-character one. */
  questionChars?: number;
  /** Messages per chat, both sides together (20 unless asked). */
  messagesPerChat: number;
  load: boolean;
  /** Step the rate up until p99 passes the threshold, to find the sustained messages/s. */
  ramp: boolean;
  /** Where results.json and latency.svg go: bench/ for a full default run (which also rewrites the figures in docs/performance.md), else bench/out/. */
  outDir: string;
  writeDocs: boolean;
}

export const USAGE = `npm run bench -- [options]
  --quick              sanity run: 5 and 20 chats at a fast pace; writes to bench/out/quick/
  --levels 10,100,500  concurrent chats per level (default 10,100,500)
  --pace-ms N          mean think time before each message, jittered ±50 % (default 5000–15000 ms,
                       three times a real chat's pace; 2000 is the stress pace of earlier runs)
  --chats-per-agent N  chats one agent handles at once (default 5)
  --arrival-rate N     customers arrive at most N a second (default 10), conversations start once all are claimed
  --arrivals-in-flight N  at most N customers between connecting and being claimed at once (default 10)
  --seed N             random seed for the jitter (default 1)
  --workers N          worker threads running the handlers in the runtime (default 1, as npm start)
  --profile            write CPU profiles of the runtime process to bench/out/profiles/
  --ramp               also step up the rate to find the sustained messages/s at p99 < 250 ms
  --signals            clients also send typing and chat.read frames, as the product's own widget and console do
  --question-chars N   each customer's question is N characters long (default: a 53-character one)
  --messages N         messages per chat, both sides together: an even number from 2 to 200 (default 20)
  --no-weight          skip bundle sizes and cold-start times
  --weight-only        only bundle sizes and cold-start times

Against a deployed stack (or any running Parley) instead of a local runtime of its own:
  BENCH_URL=https://<site> BENCH_AGENTS=agents.json npm run bench -- --levels 10 --no-weight
  BENCH_URL       the site that serves the console and its /config.json
  BENCH_AGENTS    a JSON file of agent logins, [{"email": "…", "password": "…"}, …], enough for
                  the largest level (chats ÷ --chats-per-agent); they go Present while it runs
  BENCH_ORIGIN    optional: the Origin of the customers' handshakes, for a channel that allows only its own sites
  Latency, throughput, lost and duplicated are measured; cost, CPU and memory are the stack's own
  (its CloudWatch metrics and bill). Results go to bench/out/remote/.`;

export function parseArgs(argv: string[], repoRoot: string): BenchOptions {
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}"\n${USAGE}`);
    const [name, inline] = arg.slice(2).split('=', 2);
    const takesValue = ['levels', 'pace-ms', 'chats-per-agent', 'arrival-rate', 'arrivals-in-flight', 'seed', 'workers', 'question-chars', 'messages'].includes(name);
    if (takesValue) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new Error(`--${name} needs a value\n${USAGE}`);
      flags.set(name, value);
    } else if (['quick', 'profile', 'ramp', 'no-weight', 'signals', 'weight-only', 'help'].includes(name)) flags.set(name, true);
    else throw new Error(`unknown option --${name}\n${USAGE}`);
  }
  if (flags.has('help')) throw new Error(USAGE);
  const number = (name: string, fallback: number, min = 1) => {
    const raw = flags.get(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number ≥ ${min}, got "${raw}"`);
    return n;
  };
  const quick = flags.has('quick');
  const messagesPerChat = number('messages', 20, 2);
  if (!Number.isInteger(messagesPerChat) || messagesPerChat % 2 !== 0 || messagesPerChat > 200) throw new Error(`--messages takes an even whole number from 2 to 200, got "${flags.get('messages')}"`);
  const levels = flags.has('levels')
    ? String(flags.get('levels')).split(',').map((s) => {
      const n = Number(s);
      if (!Number.isInteger(n) || n < 1 || n > 2000) throw new Error(`--levels takes whole numbers from 1 to 2000, got "${s}"`);
      return n;
    })
    : quick ? [5, 20] : [10, 100, 500];
  // A real chat of 20 messages takes 10–12 minutes (one message every ~33 s); the default is three
  // times brisker, so still a stress. `--ramp` and a shorter `--pace-ms` find where the runtime saturates.
  const paceMean = number('pace-ms', quick ? 400 : 10_000);
  // Only a full run with the default workload stands for the recorded figures (bench/results.json,
  // bench/latency.svg, docs/performance.md); any other run writes under bench/out/.
  const custom = ['levels', 'pace-ms', 'arrival-rate', 'arrivals-in-flight', 'chats-per-agent', 'workers', 'weight-only', 'no-weight', 'signals', 'profile', 'question-chars', 'messages'].some((f) => flags.has(f));
  const outDir = resolve(repoRoot, quick ? 'bench/out/quick' : custom ? 'bench/out/custom' : 'bench');
  return {
    quick,
    levels,
    pace: { minMs: paceMean / 2, maxMs: (paceMean * 3) / 2 },
    chatsPerAgent: number('chats-per-agent', 5),
    maxArrivalsPerSecond: number('arrival-rate', 10, 0.1),
    arrivalsInFlight: number('arrivals-in-flight', 10),
    seed: number('seed', 1, 0),
    lambdaWorkers: number('workers', 1),
    profileDir: flags.has('profile') ? resolve(repoRoot, 'bench/out/profiles') : undefined,
    weight: !flags.has('no-weight'),
    signals: flags.has('signals'),
    messagesPerChat,
    questionChars: flags.has('question-chars') ? Math.min(number('question-chars', 0), 4000) : undefined,
    load: !flags.has('weight-only'),
    ramp: flags.has('ramp'),
    outDir,
    writeDocs: !quick && !custom,
  };
}
