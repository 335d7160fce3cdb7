/**
 * Where the admin command works: a deployed tenant's stack (`--tenant`), the running local runtime
 * (found through the state file it leaves in its data dir), or the data dir opened directly.
 * Each target gives the environment the domain code reads at load, as a handler's would be.
 */
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { randomBytes } from 'node:crypto';
import { access, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { checkTenantName } from '../aws/tenant-name';
import { ENV } from '../manifest';
import { ensureTable, startDynalite } from '../local/dynamo';
import { readState } from '../local/state-file';
import { FILES_BUCKET, startLocalS3 } from '../local/s3';

export interface Target {
  /** Said on stderr so the operator sees what they are changing. */
  description: string;
  env: Record<string, string>;
  /** Where set-password links point. */
  consoleUrl: string;
  close(): Promise<void>;
}

export class TargetError extends Error {}
/** The local data dir holds no Parley data and the command may not set one up: a usage error (exit 2). */
export class NoDataError extends Error {}

const LOCAL_REGION = 'eu-west-1';
const nothingToClose = async () => {};

/** `mayCreate`: the command may set up a data dir without Parley data (see SETS_UP_DATA_DIR); others are refused there. */
export async function localTarget(dataDirOption: string, options: { mayCreate: boolean }): Promise<Target> {
  const dataDir = resolve(dataDirOption);
  const running = await readState(dataDir);
  if (running) {
    return {
      description: `the running local runtime (${running.url}, data in ${dataDir})`,
      env: {
        [ENV.table]: running.tableName, [ENV.dynamoEndpoint]: running.dynamoEndpoint,
        [ENV.connectionsEndpoint]: running.managementEndpoint, AWS_REGION: running.region,
        ...(running.s3Endpoint && running.filesBucket ? { [ENV.s3Endpoint]: running.s3Endpoint, [ENV.filesBucket]: running.filesBucket } : {}),
        ...(running.credentials ? { AWS_ACCESS_KEY_ID: running.credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: running.credentials.secretAccessKey } : {}),
      },
      consoleUrl: `${running.url}/agent/`,
      close: nothingToClose,
    };
  }
  const tableName = process.env.TABLE_NAME || 'parley';
  const consoleUrl = `http://localhost:${process.env.PORT ?? 8787}/agent/`;
  if (process.env.DYNAMODB_ENDPOINT) {
    const env = { [ENV.table]: tableName, [ENV.dynamoEndpoint]: process.env.DYNAMODB_ENDPOINT };
    return { description: `DynamoDB at ${process.env.DYNAMODB_ENDPOINT} (table ${tableName})`, env, consoleUrl, close: nothingToClose };
  }
  // Checked before anything is created, so a mistyped path leaves nothing behind.
  if (!options.mayCreate && !(await holdsData(dataDir))) {
    throw new NoDataError(`No Parley data in ${dataDir}: check --data-dir or DATA_DIR (nothing was created there). A new data dir is set up by \`npm start\` or create-admin.`);
  }
  // Nothing runs on this data dir: open it here (dynalite takes its lock until we close).
  await mkdir(dataDir, { recursive: true });
  const dynalite = await startDynalite(dataDir);
  const credentials = { accessKeyId: 'LOCALADMIN', secretAccessKey: randomBytes(16).toString('hex') };
  const client = new DynamoDBClient({ endpoint: dynalite.endpoint, region: LOCAL_REGION, credentials });
  try {
    await ensureTable(client, tableName, { ownDynalite: true });
  } finally {
    client.destroy();
  }
  // Its files too, on loopback only, for the commands that erase a customer's files.
  const s3 = await startLocalS3({ dataDir: join(dataDir, 's3'), buckets: [FILES_BUCKET], host: '127.0.0.1', port: 0, credentials });
  return {
    description: `the data in ${dataDir} (the local runtime is not running)`,
    env: {
      [ENV.table]: tableName, [ENV.dynamoEndpoint]: dynalite.endpoint, AWS_REGION: LOCAL_REGION,
      [ENV.s3Endpoint]: s3.endpoint, [ENV.filesBucket]: FILES_BUCKET,
      AWS_ACCESS_KEY_ID: credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    },
    consoleUrl,
    close: async () => {
      await s3.close();
      await dynalite.close();
    },
  };
}

/** Whether the data dir has the local database that `npm start` and create-admin make (dynalite's folder). */
async function holdsData(dataDir: string): Promise<boolean> {
  try {
    await access(join(dataDir, 'dynamodb'));
    return true;
  } catch {
    return false;
  }
}

/** The tenant's deployed stack `Parley-<tenant>`, found with the caller's AWS credentials. */
export async function awsTarget(tenantOption: string, region: string | undefined): Promise<Target> {
  let tenant: string;
  try {
    tenant = checkTenantName(tenantOption);
  } catch (error) {
    throw new TargetError((error as Error).message.replace(/: run .*$/, ''));
  }
  const stackName = `Parley-${tenant}`;
  // No endpoint is given here or in the handlers' clients, so AWS_ENDPOINT_URL_CLOUDFORMATION and
  // AWS_ENDPOINT_URL_DYNAMODB (e.g. VPC endpoints) apply as in any AWS tool.
  const client = new CloudFormationClient({ region });
  let stack: { region: string; outputs: Record<string, string> };
  try {
    stack = await readStack(client, stackName, tenant);
  } finally {
    client.destroy();
  }
  const { outputs } = stack;
  if (!outputs.TableName) throw new TargetError(`Stack ${stackName} has no TableName output: deploy the current version first`);
  // The handlers' clients read the region from here, whichever way it was given (--region, AWS_REGION, a profile).
  const env: Record<string, string> = { [ENV.table]: outputs.TableName, AWS_REGION: stack.region };
  // The management API lives on the WebSocket API's own host: wss://{api}.execute-api.{region}.amazonaws.com/{stage}.
  if (outputs.WebSocketUrl) env[ENV.connectionsEndpoint] = outputs.WebSocketUrl.replace(/^ws(s?):/, 'http$1:');
  if (outputs.FilesBucketName) env[ENV.filesBucket] = outputs.FilesBucketName;
  return { description: `stack ${stackName} (table ${outputs.TableName})`, env, consoleUrl: outputs.ConsoleUrl ?? '', close: nothingToClose };
}

/** The stack's outputs by key, and the region it was read in; what is missing or refused is said plainly. */
async function readStack(client: CloudFormationClient, stackName: string, tenant: string) {
  let region: string;
  try {
    region = await client.config.region();
  } catch {
    throw new TargetError('No AWS region: give --region or set AWS_REGION');
  }
  try {
    const { Stacks } = await client.send(new DescribeStacksCommand({ StackName: stackName }));
    const outputs = Object.fromEntries((Stacks?.[0]?.Outputs ?? []).map((o) => [o.OutputKey ?? '', o.OutputValue ?? '']));
    return { region, outputs };
  } catch (error) {
    const { name, message } = error as Error;
    if (name === 'CredentialsProviderError') throw new TargetError(`No AWS credentials found (${message}): set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY`);
    if (/does not exist/.test(message)) throw new TargetError(`No stack ${stackName} in region ${region}: deploy it with \`npx cdk deploy -c tenant=${tenant}\``);
    throw new TargetError(`Could not read stack ${stackName} in region ${region}: ${message}`);
  }
}
