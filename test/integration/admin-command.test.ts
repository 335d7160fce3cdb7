/** `npm run admin`: against a data dir nobody has open, one without Parley data, and through a runtime running on it. */
import { access, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { api, Client, connectAgent, loginAgent } from '../support/clients';
import { startTestRuntime, ANNA, type TestRuntime } from '../support/runtime';
import { runtimePerFile } from '../support/runtime-world';
import { asAdmin } from '../support/admin';
import { adminCommand } from '../support/admin-command';

const admin = adminCommand;

describe('with no runtime on the data dir', () => {
  let dataDir: string;
  beforeEach(async () => { dataDir = await mkdtemp(join(tmpdir(), 'parley-admin-')); });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  test('create-admin makes a tenant admin who can log in once the runtime starts', async () => {
    const created = await admin(dataDir, 'create-admin', '--name', 'Root Admin', '--email', 'root@acme.test', '--password', 'root-password-1');
    expect(created).toMatchObject({ code: 0, stdout: expect.stringContaining('Created admin Root Admin <root@acme.test>') });

    const runtime = await startTestRuntime({ dataDir });
    try {
      expect((await loginAgent(runtime.url, 'root@acme.test', 'root-password-1')).agent.role).toBe('admin');
    } finally {
      await runtime.stop();
    }
  });

  test('bad input and unknown agents fail with a clear message and a non-zero exit', async () => {
    // Given a data dir set up with an admin (other commands refuse one without Parley data)
    await admin(dataDir, 'create-admin', '--name', 'Root Admin', '--email', 'root@acme.test', '--password', 'root-password-1');
    const badEmail = await admin(dataDir, 'create-agent', '--name', 'X', '--email', 'not-an-email', '--password', 'long-enough-1');
    const unknown = await admin(dataDir, 'deactivate', '--email', 'nobody@acme.test');
    const noCommand = await admin(dataDir, 'frobnicate');
    expect([badEmail.code, unknown.code, noCommand.code]).toEqual([2, 1, 2]);
    expect(badEmail.stderr).toContain('email address is not valid');
    expect(unknown.stderr).toContain('No agent with email nobody@acme.test');
    expect(noCommand.stderr).toContain('Unknown command "frobnicate"');
  });

  test("customer-erase opens the data dir's files too, and says when the address has no data", async () => {
    await admin(dataDir, 'create-admin', '--name', 'Root Admin', '--email', 'root@acme.test', '--password', 'root-password-1');
    const erased = await admin(dataDir, 'customer-erase', '--email', 'nobody@example.com', '--yes');
    expect(erased).toMatchObject({ code: 0, stdout: expect.stringContaining('No data of nobody@example.com found; nothing was erased') });
    await access(join(dataDir, 's3', 'parley-files'));
  });
});

describe('create-admin with bad input', () => {
  let parent: string;
  beforeEach(async () => { parent = await mkdtemp(join(tmpdir(), 'parley-admin-')); });
  afterEach(() => rm(parent, { recursive: true, force: true }));

  test.each([
    [['--email', 'not-an-email', '--password', 'long-enough-1'], 'email address is not valid'],
    [['--email', 'root@acme.test', '--password', 'long-enough-1', '--role', 'agent'], 'create-admin creates an admin'],
  ])('%j is refused with exit 2 before any data dir is set up', async (options, message) => {
    const dataDir = join(parent, 'new');
    const refused = await admin(dataDir, 'create-admin', '--name', 'Root', ...options);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(message);
    await expect(access(dataDir)).rejects.toThrow();
  });
});

describe('on a data dir that holds no Parley data', () => {
  let parent: string;
  beforeEach(async () => { parent = await mkdtemp(join(tmpdir(), 'parley-admin-')); });
  afterEach(() => rm(parent, { recursive: true, force: true }));

  test.each([['list-agents'], ['export'], ['deactivate', '--email', 'anna@parley.test']])(
    '%s is refused with exit 2, creating nothing', async (...command) => {
      const typo = join(parent, 'dtaa');

      const refused = await admin(typo, ...command);

      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(`No Parley data in ${typo}: check --data-dir or DATA_DIR`);
      expect(refused.stdout).toBe('');
      await expect(access(typo)).rejects.toThrow();
    });

  test('an existing folder without Parley data is refused too', async () => {
    expect((await admin(parent, 'list-agents')).code).toBe(2);
  });

  test('create-admin sets up the new data dir, after which the others work', async () => {
    const fresh = join(parent, 'data');

    const created = await admin(fresh, 'create-admin', '--name', 'Root Admin', '--email', 'root@acme.test', '--password', 'root-password-1');
    const listed = await admin(fresh, 'list-agents');

    expect(created.code).toBe(0);
    expect(listed).toMatchObject({ code: 0, stdout: expect.stringMatching(/Root Admin\s+root@acme\.test\s+admin\s+active/) });
  });
});

describe('while the runtime runs on the data dir', () => {
  let runtime: TestRuntime;
  const clients: Client[] = [];
  runtimePerFile((started) => (runtime = started), clients);
  afterEach(() => Promise.all(clients.splice(0).map((c) => c.close())));

  test('list-agents and list-channels show the tenant', async () => {
    const agents = await admin(runtime.dataDir, 'list-agents');
    const channels = await admin(runtime.dataDir, 'list-channels', '--json');
    expect(agents.stdout).toMatch(/Anna de Vries\s+anna@parley\.test\s+agent\s+active/);
    expect(JSON.parse(channels.stdout)).toEqual([{ id: 'default', name: 'Customer service', language: 'auto' }]);
  });

  test('deactivate ends the agent\'s live session at once and is audited as the command', async () => {
    await admin(runtime.dataDir, 'create-agent', '--name', 'Quinten', '--email', 'quinten@acme.test', '--password', 'quinten-pass-1');
    const quinten = await connectAgent(runtime.url, runtime.wsUrl, 'quinten@acme.test', 'quinten-pass-1');
    clients.push(quinten);
    const closed = new Promise((resolve) => quinten.socket.once('close', resolve));

    expect((await admin(runtime.dataDir, 'deactivate', '--email', 'quinten@acme.test')).stdout).toContain('is deactivated');

    await closed;
    expect((await api(runtime.url, '/api/login', { body: { email: 'quinten@acme.test', password: 'quinten-pass-1' } })).status).toBe(401);
    const [latest] = (await (await asAdmin(runtime.url)).audit('?limit=1')).body.entries;
    expect(latest).toMatchObject({ action: 'agent.deactivated', actor: { id: 'admin-command' }, target: { email: 'quinten@acme.test' } });
  });

  test("set-role changes an agent's role, which their open console hears at once; a role that is none is refused, changing nothing", async () => {
    await admin(runtime.dataDir, 'create-agent', '--name', 'Roos', '--email', 'roos@acme.test', '--password', 'roos-pass-1234');
    const roos = await connectAgent(runtime.url, runtime.wsUrl, 'roos@acme.test', 'roos-pass-1234');
    clients.push(roos);

    expect((await admin(runtime.dataDir, 'set-role', '--email', 'roos@acme.test', '--role', 'manager')).stdout).toContain('Roos <roos@acme.test> is now manager');
    expect(await roos.next('role')).toMatchObject({ role: 'manager' });
    const refused = await admin(runtime.dataDir, 'set-role', '--email', 'roos@acme.test', '--role', 'owner');
    expect(refused.code).toBe(2);
    expect((await admin(runtime.dataDir, 'list-agents')).stdout).toMatch(/Roos\s+roos@acme\.test\s+manager/);
    const [latest] = (await (await asAdmin(runtime.url)).audit('?limit=1')).body.entries;
    expect(latest).toMatchObject({ action: 'agent.role-changed', actor: { id: 'admin-command' }, target: { email: 'roos@acme.test' } });
  });

  test('reset-password --invite prints a one-time link that sets the password', async () => {
    const reset = await admin(runtime.dataDir, 'reset-password', '--email', ANNA.email, '--invite');
    const token = /#invite=([A-Za-z0-9_-]+)/.exec(reset.stdout)?.[1];
    expect(reset.stdout).toContain(`${runtime.url}/agent/#invite=`);
    expect((await api(runtime.url, '/api/invites', { body: { token, password: 'anna-new-pass-1' } })).status).toBe(200);
    expect((await loginAgent(runtime.url, ANNA.email, 'anna-new-pass-1')).agent.name).toBe(ANNA.name);
  });

  test('export writes every item as JSON lines, without password hashes or the signing key', async () => {
    const file = join(runtime.dataDir, 'export.jsonl');
    const exported = await admin(runtime.dataDir, 'export', '--out', file);
    const items = (await readFile(file, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(exported.stderr).toContain(`Exported ${items.length} items`);
    expect(items.filter((i) => String(i.pk).startsWith('LOGIN#')).map((i) => i.email)).toContain(ANNA.email);
    expect(items.some((i) => 'passwordHash' in i || i.sk === 'SIGNING_KEY')).toBe(false);
  });

  test('export makes an existing file readable by its owner only, and says plainly when the folder is missing', async () => {
    const file = join(runtime.dataDir, 'shared.jsonl');
    await writeFile(file, 'old', { mode: 0o644 });
    expect((await admin(runtime.dataDir, 'export', '--out', file)).code).toBe(0);
    expect((await stat(file)).mode & 0o777).toBe(0o600);

    const missing = await admin(runtime.dataDir, 'export', '--out', join(runtime.dataDir, 'no-such-folder', 'x.jsonl'));
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringContaining('no-such-folder/x.jsonl: its folder does not exist') });
  });
});
