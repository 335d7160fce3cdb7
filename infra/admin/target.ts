/**
 * Where the admin command works: a deployed tenant's stack (`--tenant`), the running local runtime
 * (found through the state file it leaves in its data dir), or the data dir opened directly.
 * Each target gives the environment the domain code reads at load, as a handler's would be.
 */
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { checkTenantName } from '../aws/tenant-name';
import { ENV } from '../manifest';
import { ensureTable, startDynalite } from '../local/dynamo';
import { readState } from '../local/state-file';

export interface Target {
  /** Said on stderr so the operator sees what they are changing. */
  description: string;
  env: Record<string, string>;
  /** Where set-password links point. */
  consoleUrl: string;
  close(): Promise<void>;
}

export class TargetError extends Error {}

const LOCAL_REGION = 'eu-west-1';
const nothingToClose = async () => {};

export async function localTarget(dataDirOption: string): Promise<Target> {
  const dataDir = resolve(dataDirOption);
  const running = await readState(dataDir);
  if (running) {
    return {
      description: `the running local runtime (${running.url}, data in ${dataDir})`,
      env: {
        [ENV.table]: running.tableName, [ENV.dynamoEndpoint]: running.dynamoEndpoint,
        [ENV.connectionsEndpoint]: running.managementEndpoint, AWS_REGION: running.region,
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
  // Nothing runs on this data dir: open it here (dynalite takes its lock until we close).
  await mkdir(dataDir, { recursive: true });
  const dynalite = await startDynalite(dataDir);
  const credentials = { accessKeyId: 'LOCALADMIN', secretAccessKey: randomBytes(16).toString('hex') };
  const client = new DynamoDBClient({ endpoint: dynalite.endpoint, region: LOCAL_REGION, credentials });
  try {
    await ensureTable(client, tableName);
  } finally {
    client.destroy();
  }
  return {
    description: `the data in ${dataDir} (the local runtime is not running)`,
    env: {
      [ENV.table]: tableName, [ENV.dynamoEndpoint]: dynalite.endpoint, AWS_REGION: LOCAL_REGION,
      AWS_ACCESS_KEY_ID: credentials.accessKeyId, AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    },
    consoleUrl,
    close: dynalite.close,
  };
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
  const client = new CloudFormationClient({ region });
  let outputs: Record<string, string>;
  try {
    const { Stacks } = await client.send(new DescribeStacksCommand({ StackName: stackName }));
    outputs = Object.fromEntries((Stacks?.[0]?.Outputs ?? []).map((o) => [o.OutputKey ?? '', o.OutputValue ?? '']));
  } catch (error) {
    const message = (error as Error).message;
    if (/does not exist/.test(message)) throw new TargetError(`No stack ${stackName} in region ${await client.config.region()}: deploy it with \`npx cdk deploy -c tenant=${tenant}\``);
    throw new TargetError(`Could not read stack ${stackName}: ${message} (are AWS credentials and a region set?)`);
  } finally {
    client.destroy();
  }
  if (!outputs.TableName) throw new TargetError(`Stack ${stackName} has no TableName output: deploy the current version first`);
  const env: Record<string, string> = { [ENV.table]: outputs.TableName };
  // The management API lives on the WebSocket API's own host: wss://{api}.execute-api.{region}.amazonaws.com/{stage}.
  if (outputs.WebSocketUrl) env[ENV.connectionsEndpoint] = outputs.WebSocketUrl.replace(/^wss:/, 'https:');
  if (region) env.AWS_REGION = region;
  return { description: `stack ${stackName} (table ${outputs.TableName})`, env, consoleUrl: outputs.ConsoleUrl ?? '', close: nothingToClose };
}
