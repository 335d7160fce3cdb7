/** `npm start` as a process: what it prints, and the plain refusals when its data dir or port is taken. */
import { spawn, type ChildProcess } from 'node:child_process';
import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminApi, agentByEmail, asAdmin } from '../support/admin';
import { loginAgent } from '../support/clients';
import { ANNA, BRAM, startTestRuntime } from '../support/runtime';

const ROOT = join(__dirname, '../..');
const START = join(ROOT, 'infra/local/start.ts');
// Each start builds the console and widget first.
jest.setTimeout(90_000);

interface Started { child: ChildProcess; stdout: string; stderr: string; code: number | null }

/**
 * Runs `npm start`'s script (node itself, so a signal reaches the runtime and not a wrapper) and
 * resolves once it printed its banner or exited. PORT 0 picks free ports for HTTP and S3.
 */
function start(dataDir: string, env: Record<string, string> = {}): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', START], {
    cwd: ROOT, env: { ...process.env, PORT: '0', DEMO_STATS: '0', ...env, DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const started: Started = { child, stdout: '', stderr: '', code: null };
  return new Promise((resolve) => {
    child.stdout!.on('data', (chunk) => {
      started.stdout += chunk;
      if (started.stdout.includes('Stop with Ctrl+C.')) resolve(started);
    });
    child.stderr!.on('data', (chunk) => (started.stderr += chunk));
    child.once('exit', (code) => resolve(Object.assign(started, { code })));
  });
}

async function stop(started: Started, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (started.child.exitCode !== null || started.child.signalCode !== null) return;
  await new Promise((done) => started.child.once('exit', done).kill(signal));
}

/** stderr without Node's own warnings (the AWS SDK warns about this Node's version). */
const said = (started: Started) => started.stderr.split('\n').filter((line) => line.startsWith('Parley could not start'));

let dataDir: string;
beforeEach(async () => { dataDir = await mkdtemp(join(tmpdir(), 'parley-start-')); });
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('on a data dir', () => {
  let first: Started;
  beforeEach(async () => { first = await start(dataDir); });
  afterEach(() => stop(first));

  test('a fresh start prints the console and demo page URLs and each demo login as email and password', () => {
    const url = /Console: +(http:\/\/localhost:\d+)\/agent\//.exec(first.stdout)?.[1];
    expect(url).toBeDefined();
    expect(first.stdout).toContain(`Demo shop page: ${url}/demo/`);
    const lines = first.stdout.split('\n');
    expect(lines).toContain('  anna@parley.test / parley-anna   (agent, Anna de Vries)');
    expect(lines).toContain('  bram@parley.test / parley-bram   (agent, Bram Jansen)');
    expect(lines).toContain('  admin@parley.test / parley-admin   (admin, Carla Admin)');
  });

  test('a second start on it is refused in one line, and the running one goes on', async () => {
    const url = /Console: +(http:\/\/localhost:\d+)\//.exec(first.stdout)![1];
    const state = await readFile(join(dataDir, 'runtime.json'), 'utf8');

    const second = await start(dataDir);

    expect(second.code).toBe(1);
    expect(said(second)).toEqual([`Parley could not start: another Parley already runs on data dir ${dataDir} (pid ${first.child.pid}, ${url}); stop it or set DATA_DIR`]);
    expect(second.stderr).not.toMatch(/\n\s+at /);
    expect(await readFile(join(dataDir, 'runtime.json'), 'utf8')).toBe(state);
    expect((await loginAgent(url, ANNA.email, ANNA.password)).agent.name).toBe(ANNA.name);
  });
});

test('a start after one killed with SIGKILL ignores the state file it left', async () => {
  // Given a runtime killed without a chance to clean up
  const killed = await start(dataDir);
  await stop(killed, 'SIGKILL');
  await access(join(dataDir, 'runtime.json'));

  // When
  const again = await start(dataDir);

  // Then
  try {
    expect(again.stdout).toContain('Parley is running.');
  } finally {
    await stop(again);
  }
});

test('a start on a port in use is refused in one line, naming the port', async () => {
  // Given another program listening on the port
  const taken: Server = createServer();
  await new Promise<void>((done) => taken.listen(0, '127.0.0.1', done));
  const { port } = taken.address() as { port: number };
  try {
    // When
    const refused = await start(dataDir, { PORT: String(port), S3_PORT: '0' });

    // Then
    expect(refused.code).toBe(1);
    expect(said(refused)).toEqual([`Parley could not start: port ${port} (PORT) is in use; set PORT (and S3_PORT) to free ones`]);
    expect(refused.stderr).not.toContain('Unhandled');
  } finally {
    await new Promise((done) => taken.close(done));
  }
});

test('demo logins an admin deactivated, gave another password or demoted are printed as they stand', async () => {
  // Given, on this data dir: Anna deactivated, Bram's password changed, Carla demoted by another admin
  const runtime = await startTestRuntime({ dataDir });
  try {
    // As the first `npm start` did (its demo replies are seeded in the demo admin's name, once).
    await runtime.invoke('DemoReplies', {});
    const carla = await asAdmin(runtime.url);
    await carla.create({ name: 'Dana Admin', email: 'dana@acme.test', role: 'admin', credential: { kind: 'password', password: 'dana-pass-123' } });
    const dana = adminApi(runtime.url, (await loginAgent(runtime.url, 'dana@acme.test', 'dana-pass-123')).token);
    const [anna, bram, admin] = await Promise.all([ANNA.email, BRAM.email, 'admin@parley.test'].map((email) => agentByEmail(runtime.url, email)));
    expect((await dana.change(anna.id, { change: 'deactivate' })).status).toBe(200);
    expect((await dana.change(bram.id, { change: 'password', credential: { kind: 'password', password: 'bram-new-pass-1' } })).status).toBe(200);
    expect((await dana.change(admin.id, { change: 'role', role: 'agent' })).status).toBe(200);
  } finally {
    await runtime.close();
  }

  // When
  const restarted = await start(dataDir);

  // Then
  try {
    expect(said(restarted)).toEqual([]);
    const lines = restarted.stdout.split('\n');
    expect(lines).toContain('  anna@parley.test: deactivated (no longer a demo login)');
    expect(lines).toContain('  bram@parley.test: password changed (no longer a demo login)');
    expect(lines).toContain('  admin@parley.test / parley-admin   (agent, Carla Admin)');
    expect(restarted.stdout).not.toMatch(/parley-anna|parley-bram/);
  } finally {
    await stop(restarted);
  }
});
