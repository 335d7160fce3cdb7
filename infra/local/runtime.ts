/**
 * The embedded runtime: everything Parley needs on one machine, in one process, built from the
 * manifest as the CDK stack is. State lives in the returned object, so tests can run several.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { keepSocketsLikeAws } from './keep-alive';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ENV, handlers } from '../manifest';
import { buildWeb } from '../web-build';
import { ensureTable, startDynalite } from './dynamo';
import { startEventBus, type LocalBus } from './event-bus';
import { startGateway, type Gateway } from './gateway';
import type { GatewayMetrics } from './gateway/meter';
import { serveHttpApi } from './http-api';
import { startLambdaHost, type LambdaHost, type LambdaMetrics } from './lambda-host';
import { startScheduler, type Scheduler } from './scheduler';
import { serveStatic } from './static-site';
import { MAILBOX_PATH, serveMailbox } from './mailbox-page';
import { FILES_BUCKET, startLocalS3 } from './s3';
import { removeState, writeState } from './state-file';
import { UPLOADS_PREFIX } from '../../functions/store/keys';

export interface RuntimeOptions {
  dataDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Another DynamoDB-compatible endpoint instead of the embedded dynalite. */
  dynamoEndpoint?: string;
  tableName?: string;
  /** Run schedules on their timers (default true); tests fire them by hand instead. */
  schedules?: boolean;
  idleTimeoutMs?: number;
  maxConnectionMs?: number;
  /** Build and serve the console, widget and demo page (default true); the benchmark and API-only tests need none. */
  web?: boolean;
  /** Worker threads running the handlers (default 1); see LambdaHostOptions. */
  lambdaWorkers?: number;
  /** Page origins the widget may connect from (ALLOWED_ORIGINS); any when unset. */
  allowedOrigins?: string[];
  log?: (line: string) => void;
  /** Port of the S3-compatible endpoint; 0 (the default) picks a free one. */
  s3Port?: number;
  /** Largest file a chat accepts, in bytes (default FILES_MAX_BYTES from the environment, else 20 MB). */
  maxFileBytes?: number;
  /** Extra environment for the handlers, e.g. abuse limits (`LIMIT_*`, see functions/config.ts). */
  handlerEnv?: Record<string, string>;
}

export interface Runtime {
  url: string;
  wsUrl: string;
  /** The local mailbox page: mail Parley would have sent, readable on this machine only. */
  mailboxUrl: string;
  managementEndpoint: string;
  /** Credentials that the local management API accepts (any secret; the key id is checked). */
  credentials: { accessKeyId: string; secretAccessKey: string };
  region: string;
  tableName: string;
  dynamoEndpoint: string;
  /** The local S3-compatible endpoint (path-style) and the bucket that holds chat files. */
  s3Endpoint: string;
  filesBucket: string;
  gateway: Gateway;
  bus: LocalBus;
  scheduler: Scheduler;
  invoke<T = unknown>(name: string, event: unknown): Promise<T>;
  /** Resolves once no handler is running, counting those of frames already sent to the gateway. */
  idle(): Promise<void>;
  /** What this runtime has done since it started, in the units AWS bills (the benchmark reads it). */
  metrics(): Promise<RuntimeMetrics>;
  close(): Promise<void>;
}

export interface RuntimeMetrics { lambda: LambdaMetrics; gateway: GatewayMetrics; eventsPublished: number }

const STAGE = 'live';
const REGION = 'eu-west-1';

export async function startRuntime(options: RuntimeOptions): Promise<Runtime> {
  const dataDir = resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const closers: (() => Promise<void>)[] = [];
  const log = options.log ?? (() => {});
  try {
    const credentials = { accessKeyId: `LOCAL${randomBytes(6).toString('hex').toUpperCase()}`, secretAccessKey: randomBytes(16).toString('hex') };
    const tableName = options.tableName ?? 'parley';
    let dynamoEndpoint = options.dynamoEndpoint;
    if (!dynamoEndpoint) {
      const dynalite = await startDynalite(dataDir);
      closers.push(dynalite.close);
      dynamoEndpoint = dynalite.endpoint;
    }
    const tableClient = new DynamoDBClient({ endpoint: dynamoEndpoint, region: process.env.AWS_REGION ?? REGION, credentials: options.dynamoEndpoint ? undefined : credentials });
    await ensureTable(tableClient, tableName, { ownDynalite: !options.dynamoEndpoint });
    tableClient.destroy();

    const server = keepSocketsLikeAws(createServer());
    await new Promise<void>((done) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', done));
    // Until every part is up, a request is told to come back (a restart on a known port meets clients
    // already retrying) rather than held unanswered.
    const starting = (_req: IncomingMessage, res: ServerResponse) => res.writeHead(503, { 'retry-after': '1' }).end();
    const startingUpgrade = (_req: IncomingMessage, socket: Duplex) => socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n');
    server.on('request', starting).on('upgrade', startingUpgrade);
    closers.unshift(async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    });
    const { port } = server.address() as AddressInfo;
    const url = `http://localhost:${port}`;

    // The handlers sign every call with one key id; the local management API and bus accept only it.
    const ownDynamo = !options.dynamoEndpoint;
    const handlerKeyId = ownDynamo ? credentials.accessKeyId : process.env.AWS_ACCESS_KEY_ID ?? credentials.accessKeyId;

    // The gateway needs the handlers and the handlers need the gateway's endpoint: start the gateway first.
    let host: LambdaHost | undefined;
    const wsRoutes = new Map(handlers.flatMap((h) => (h.trigger.kind === 'websocket' ? [[h.trigger.route, h.name] as const] : [])));
    const gateway = await startGateway({
      api: { apiId: 'local', stage: STAGE, domainName: `localhost:${port}` },
      routes: new Set(wsRoutes.keys()),
      invoke: (route, event) => host!.invoke(wsRoutes.get(route)!, event),
      accessKeyId: handlerKeyId,
      idleTimeoutMs: options.idleTimeoutMs,
      maxConnectionMs: options.maxConnectionMs,
      log,
    });
    closers.unshift(gateway.close);

    const bus = await startEventBus({
      busName: 'parley-local',
      accessKeyId: handlerKeyId,
      rules: handlers.flatMap((h) => (h.trigger.kind === 'event' ? [{ name: h.name, detailTypes: h.trigger.detailTypes, detailHas: h.trigger.detailHas }] : [])),
      invoke: (name, event) => host!.invoke(name, event),
      log,
    });
    closers.unshift(bus.close);

    const handlerSecret = ownDynamo ? credentials.secretAccessKey : process.env.AWS_SECRET_ACCESS_KEY ?? credentials.secretAccessKey;
    const s3 = await startLocalS3({
      dataDir: join(dataDir, 's3'), buckets: [FILES_BUCKET], host: options.host, port: options.s3Port,
      credentials: { accessKeyId: handlerKeyId, secretAccessKey: handlerSecret }, log,
      // The files bucket's lifecycle rule: uploads never sent go after a day.
      expire: { prefix: UPLOADS_PREFIX, afterMs: 24 * 3_600_000 },
    });
    closers.unshift(s3.close);
    const maxFileBytes = options.maxFileBytes ?? process.env[ENV.maxFileBytes];

    host = await startLambdaHost(
      {
        ...Object.fromEntries(handlers.map((h) => [h.name, h.entry])),
        DemoAgents: 'infra/local/demo-agents.ts', DemoStats: 'infra/local/demo-stats.ts', DemoReplies: 'infra/local/demo-replies.ts', LocalMailbox: 'infra/local/mailbox-reader.ts',
      },
      {
        [ENV.table]: tableName,
        [ENV.dynamoEndpoint]: dynamoEndpoint,
        [ENV.connectionsEndpoint]: gateway.managementEndpoint,
        [ENV.bus]: bus.busName,
        [ENV.eventsEndpoint]: bus.endpoint,
        ...(options.allowedOrigins?.length ? { [ENV.allowedOrigins]: options.allowedOrigins.join(',') } : {}),
        // Mail goes to the local mailbox page, never out.
        [ENV.mailDelivery]: 'local-mailbox',
        [ENV.s3Endpoint]: s3.endpoint,
        [ENV.filesBucket]: FILES_BUCKET,
        ...(maxFileBytes ? { [ENV.maxFileBytes]: String(maxFileBytes) } : {}),
        AWS_REGION: process.env.AWS_REGION ?? REGION,
        // The embedded services take the runtime's own credentials; another endpoint takes the caller's.
        AWS_ACCESS_KEY_ID: handlerKeyId,
        AWS_SECRET_ACCESS_KEY: ownDynamo ? credentials.secretAccessKey : process.env.AWS_SECRET_ACCESS_KEY ?? credentials.secretAccessKey,
        ...(process.env.AWS_SESSION_TOKEN && !ownDynamo ? { AWS_SESSION_TOKEN: process.env.AWS_SESSION_TOKEN } : {}),
        ...(process.env[ENV.statsTimeZone] ? { [ENV.statsTimeZone]: process.env[ENV.statsTimeZone]! } : {}),
        ...options.handlerEnv,
      },
      { workers: options.lambdaWorkers },
    );
    closers.unshift(host.close);
    const lambdas = host;

    const webDir = await mkdtemp(join(tmpdir(), 'parley-web-'));
    closers.push(() => rm(webDir, { recursive: true, force: true }));
    if (options.web ?? true) await buildWeb({ outDir: webDir, minify: true });

    const httpRoutes = new Map(handlers.flatMap((h) => (h.trigger.kind === 'http' ? [[`${h.trigger.method} ${h.trigger.path}`, h.name] as const] : [])));
    server.off('request', starting).off('upgrade', startingUpgrade);
    server.on('request', (req, res) => {
      serveHttpApi({ routes: httpRoutes, invoke: lambdas.invoke, log }, req, res)
        .then((served) => served || serveMailbox((event) => lambdas.invoke('LocalMailbox', event), req, res))
        .then((served) => (served ? undefined : serveStatic(webDir, req, res, new URL(s3.endpoint).origin)))
        .catch((error) => {
          log(`request failed: ${error}`);
          if (!res.headersSent) res.writeHead(500).end();
        });
    });
    server.on('upgrade', (req, socket, head) => {
      if (new URL(req.url ?? '/', 'http://local').pathname !== '/ws') {
        socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
        return;
      }
      gateway.handleUpgrade(req, socket, head).catch((error) => {
        log(`upgrade failed: ${error}`);
        socket.destroy();
      });
    });

    const schedules = handlers.flatMap((h) => (h.trigger.kind === 'schedule' ? [{ name: h.name, everyMinutes: h.trigger.everyMinutes }] : []));
    const scheduler = startScheduler(schedules, lambdas.invoke, { autoStart: options.schedules ?? true, log });
    closers.unshift(async () => scheduler.stop());

    await writeState(dataDir, {
      pid: process.pid, url, tableName, dynamoEndpoint, managementEndpoint: gateway.managementEndpoint,
      s3Endpoint: s3.endpoint, filesBucket: FILES_BUCKET,
      region: process.env.AWS_REGION ?? REGION, ...(ownDynamo ? { credentials } : {}),
    });
    closers.unshift(() => removeState(dataDir));

    return {
      url,
      wsUrl: `ws://localhost:${port}/ws`,
      mailboxUrl: `${url}${MAILBOX_PATH}`,
      managementEndpoint: gateway.managementEndpoint,
      credentials,
      region: process.env.AWS_REGION ?? REGION,
      tableName,
      dynamoEndpoint,
      s3Endpoint: s3.endpoint,
      filesBucket: FILES_BUCKET,
      gateway,
      bus,
      scheduler,
      invoke: lambdas.invoke,
      async idle() {
        // A frame a client in this process has just sent sits unread in the loopback socket until the
        // event loop next polls for I/O. An immediate queued from within an immediate runs only after
        // that poll, by which time the gateway has read the frame and started its handler.
        await new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
        await lambdas.idle();
      },
      metrics: async () => ({ lambda: await lambdas.metrics(), gateway: gateway.metrics(), eventsPublished: bus.published }),
      close: () => runAll(closers),
    };
  } catch (error) {
    await runAll(closers);
    throw error;
  }
}

async function runAll(closers: (() => Promise<void>)[]) {
  for (const close of closers.splice(0)) await close().catch(() => {});
}
