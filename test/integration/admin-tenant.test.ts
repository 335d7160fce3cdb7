/**
 * `npm run admin -- --tenant acme`: the deployed-stack path, run as the real command with AWS's
 * standard endpoint variables pointing at stand-ins (CloudFormation answering DescribeStacks for
 * Parley-acme; dynalite holding the table its TableName output names). A runtime on that same
 * table plays the tenant's Lambdas: logins and live sockets go through it.
 */
import { DynamoDBClient, ListTablesCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDynalite, type LocalDynamo } from '../../infra/local/dynamo';
import { startCloudFormationStandIn, type CloudFormationStandIn } from '../support/cloudformation-stand-in';
import { api, Client, connectAgent, loginAgent } from '../support/clients';
import { ANNA, startTestRuntime, type TestRuntime } from '../support/runtime';

const TSX = join(__dirname, '../../node_modules/.bin/tsx');
const CLI = join(__dirname, '../../infra/admin/cli.ts');
const TABLE = 'Parley-acme-DataTable1A2B3C4D-XYZ987';
const CONSOLE_URL = 'https://d111111abcdef8.cloudfront.net/agent/';
/** The operator's (made-up) credentials. The runtime's handlers sign with them too, so its management API accepts them. */
const CREDENTIALS = { accessKeyId: 'AKIAOPERATOREXAMPLE7', secretAccessKey: 'operator/secret/key/EXAMPLE0000000000000' };

let dataDir: string;
let dynamo: LocalDynamo;
let cloudFormation: CloudFormationStandIn;
let runtime: TestRuntime;
const clients: Client[] = [];
const callerKeys = { AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY };

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'parley-tenant-'));
  dynamo = await startDynalite(dataDir);
  // A runtime on another DynamoDB endpoint takes the caller's credentials from the environment.
  Object.assign(process.env, { AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId, AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey });
  runtime = await startTestRuntime({ dynamoEndpoint: dynamo.endpoint, tableName: TABLE });
  cloudFormation = await startCloudFormationStandIn({
    'Parley-acme': {
      TableName: TABLE,
      // Where the stack's WebSocket API would be; here the runtime's management API answers for it.
      WebSocketUrl: runtime.managementEndpoint.replace(/^http:/, 'ws:'),
      ConsoleUrl: CONSOLE_URL,
    },
  });
}, 60_000);
afterEach(() => Promise.all(clients.splice(0).map((c) => c.close())));
afterAll(async () => {
  await runtime?.stop();
  await cloudFormation?.close();
  await dynamo?.close();
  await rm(dataDir, { recursive: true, force: true });
  for (const [name, value] of Object.entries(callerKeys)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

/** An operator's shell: credentials and endpoints only, no AWS config files, no instance metadata to ask. */
function operatorEnv(): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: dataDir,
    AWS_CONFIG_FILE: join(dataDir, 'no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(dataDir, 'no-aws-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_CLOUDFORMATION: cloudFormation.endpoint,
    AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
  };
}

function admin(args: string[], env = operatorEnv()): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(TSX, [CLI, ...args], { env }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
}

/** The command's own message; the AWS SDK may warn about the Node.js version before it. */
const lastLine = (text: string) => text.trim().split('\n').at(-1);

const onAcme = (...args: string[]) => admin([...args, '--tenant', 'acme', '--region', 'eu-west-1']);

/** Reads the stand-in's DynamoDB directly, past every Parley module. */
async function withDynamo<T>(read: (client: DynamoDBClient) => Promise<T>): Promise<T> {
  const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'eu-west-1', credentials: CREDENTIALS });
  try {
    return await read(client);
  } finally {
    client.destroy();
  }
}

const tableNames = () => withDynamo(async (client) => (await client.send(new ListTablesCommand({}))).TableNames);
const tableItems = () => withDynamo(async (client) => (await client.send(new ScanCommand({ TableName: TABLE }))).Items ?? []);

test('create-admin writes the admin into the table the stack names, and list-agents reads them back', async () => {
  const created = await onAcme('create-admin', '--name', 'Dana Admin', '--email', 'dana@acme.test', '--password', 'dana-first-pass-1');
  const listed = await onAcme('list-agents', '--json');

  expect(created).toMatchObject({ code: 0, stdout: expect.stringContaining('Created admin Dana Admin <dana@acme.test>') });
  expect(created.stderr).toContain(`Working on stack Parley-acme (table ${TABLE})`);
  expect(JSON.parse(listed.stdout)).toContainEqual(expect.objectContaining({ email: 'dana@acme.test', role: 'admin', active: true }));
  expect((await tableItems()).some((item) => item.email?.S === 'dana@acme.test')).toBe(true);
  expect(await tableNames()).toEqual([TABLE]);
});

test('the stack is looked up with a request signed for the region given', async () => {
  cloudFormation.requests.length = 0;

  await onAcme('list-channels');

  expect(cloudFormation.requests).toEqual([{ action: 'DescribeStacks', stackName: 'Parley-acme', authorization: expect.any(String) }]);
  expect(cloudFormation.requests[0].authorization).toMatch(
    new RegExp(`^AWS4-HMAC-SHA256 Credential=${CREDENTIALS.accessKeyId}/\\d{8}/eu-west-1/cloudformation/aws4_request, `),
  );
});

test('a named profile\'s credentials and region are used when neither is given on the command line', async () => {
  cloudFormation.requests.length = 0;
  const { AWS_ACCESS_KEY_ID: _id, AWS_SECRET_ACCESS_KEY: _secret, ...withoutKeys } = operatorEnv();
  await writeFile(join(dataDir, 'aws-config'), '[profile acme-ops]\nregion = eu-central-1\n');
  await writeFile(join(dataDir, 'aws-credentials'), `[acme-ops]\naws_access_key_id = ${CREDENTIALS.accessKeyId}\naws_secret_access_key = ${CREDENTIALS.secretAccessKey}\n`);
  const profileEnv = { ...withoutKeys, AWS_PROFILE: 'acme-ops', AWS_CONFIG_FILE: join(dataDir, 'aws-config'), AWS_SHARED_CREDENTIALS_FILE: join(dataDir, 'aws-credentials') };

  const agents = await admin(['list-agents', '--tenant', 'acme'], profileEnv);

  expect(agents).toMatchObject({ code: 0, stdout: expect.stringContaining(ANNA.email) });
  expect(cloudFormation.requests[0].authorization).toContain(`Credential=${CREDENTIALS.accessKeyId}/`);
  expect(cloudFormation.requests[0].authorization).toMatch(/\/eu-central-1\/cloudformation\/aws4_request, /);
});

test('create-agent makes an agent who can log in to the tenant', async () => {
  const created = await onAcme('create-agent', '--name', 'Eli', '--email', 'eli@acme.test', '--role', 'manager', '--password', 'eli-first-pass-1');

  expect(created.code).toBe(0);
  expect((await loginAgent(runtime.url, 'eli@acme.test', 'eli-first-pass-1')).agent).toMatchObject({ name: 'Eli', role: 'manager' });
});

test('reset-password makes the new password the one that logs in', async () => {
  await onAcme('create-agent', '--name', 'Fien', '--email', 'fien@acme.test', '--password', 'fien-first-pass-1');

  const reset = await onAcme('reset-password', '--email', 'fien@acme.test', '--password', 'fien-second-pass-2');

  expect(reset).toMatchObject({ code: 0, stdout: expect.stringContaining('Password of Fien <fien@acme.test> reset') });
  expect((await api(runtime.url, '/api/login', { body: { email: 'fien@acme.test', password: 'fien-first-pass-1' } })).status).toBe(401);
  expect((await loginAgent(runtime.url, 'fien@acme.test', 'fien-second-pass-2')).agent.name).toBe('Fien');
});

test('reset-password --invite prints a link on the console the stack names, and the link sets the password', async () => {
  await onAcme('create-agent', '--name', 'Gijs', '--email', 'gijs@acme.test', '--password', 'gijs-first-pass-1');

  const reset = await onAcme('reset-password', '--email', 'gijs@acme.test', '--invite');

  const token = new RegExp(`${CONSOLE_URL}#invite=([A-Za-z0-9_-]+)`).exec(reset.stdout)?.[1];
  expect((await api(runtime.url, '/api/invites', { body: { token, password: 'gijs-chosen-pass-2' } })).status).toBe(200);
  expect((await loginAgent(runtime.url, 'gijs@acme.test', 'gijs-chosen-pass-2')).agent.name).toBe('Gijs');
});

test('list-channels shows the tenant\'s channels', async () => {
  const channels = await onAcme('list-channels', '--json');

  expect(channels.code).toBe(0);
  expect(JSON.parse(channels.stdout)).toEqual([{ id: 'default', name: 'Customer service', language: 'auto' }]);
});

test('export writes the table as JSON lines without password or link hashes, the signing key or the secrets given', async () => {
  await onAcme('create-agent', '--name', 'Hanna', '--email', 'hanna@acme.test', '--password', 'hanna-secret-pass-1');
  const invited = await onAcme('create-agent', '--name', 'Jan', '--email', 'jan@acme.test', '--invite');
  const inviteToken = /#invite=([A-Za-z0-9_-]+)/.exec(invited.stdout)?.[1];
  const file = join(dataDir, 'acme.jsonl');

  const exported = await onAcme('export', '--out', file);

  const text = await readFile(file, 'utf8');
  const items = text.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(exported.stderr).toContain(`Exported ${items.length} items to ${file}`);
  expect(items.filter((i) => String(i.pk).startsWith('LOGIN#')).map((i) => i.email)).toEqual(expect.arrayContaining(['hanna@acme.test', 'jan@acme.test']));
  expect(items.some((i) => 'passwordHash' in i || 'inviteHash' in i || i.sk === 'SIGNING_KEY')).toBe(false);
  expect(inviteToken).toBeDefined();
  for (const secret of ['hanna-secret-pass-1', inviteToken!, CREDENTIALS.secretAccessKey]) expect(text).not.toContain(secret);
});

test('deactivate closes the agent\'s open socket through the stack\'s management API', async () => {
  await onAcme('create-agent', '--name', 'Ivo', '--email', 'ivo@acme.test', '--password', 'ivo-first-pass-1');
  const ivo = await connectAgent(runtime.url, runtime.wsUrl, 'ivo@acme.test', 'ivo-first-pass-1');
  clients.push(ivo);
  const closed = new Promise((resolve) => ivo.socket.once('close', resolve));

  const deactivated = await onAcme('deactivate', '--email', 'ivo@acme.test');

  expect(deactivated).toMatchObject({ code: 0, stdout: expect.stringContaining('Ivo <ivo@acme.test> is deactivated') });
  await closed;
});

test('an unknown tenant is named with how to deploy it, and nothing is written', async () => {
  const before = await tableItems();

  const result = await admin(['create-admin', '--name', 'Nope', '--email', 'nope@acme.test', '--password', 'nope-pass-12', '--tenant', 'globex', '--region', 'eu-west-1']);

  expect(result.code).toBe(1);
  expect(lastLine(result.stderr)).toBe('No stack Parley-globex in region eu-west-1: deploy it with `npx cdk deploy -c tenant=globex`');
  expect(await tableItems()).toHaveLength(before.length);
});

test('without a region the command says how to give one', async () => {
  const result = await admin(['list-agents', '--tenant', 'acme']);

  expect(result.code).toBe(1);
  expect(lastLine(result.stderr)).toBe('No AWS region: give --region or set AWS_REGION');
});

test('without credentials the command says so before any request', async () => {
  cloudFormation.requests.length = 0;
  const { AWS_ACCESS_KEY_ID: _id, AWS_SECRET_ACCESS_KEY: _secret, ...withoutCredentials } = operatorEnv();

  const result = await admin(['list-agents', '--tenant', 'acme', '--region', 'eu-west-1'], withoutCredentials);

  expect(result.code).toBe(1);
  expect(lastLine(result.stderr)).toMatch(/^No AWS credentials found .*: set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY$/);
  expect(cloudFormation.requests).toEqual([]);
});
