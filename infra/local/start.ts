/** `npm start`: Parley on this machine, no AWS account needed. PORT and DATA_DIR are honoured. */
import type { DemoLoginState } from './demo-login-state';
import { startRuntime } from './runtime';
import { startBanner } from './start-banner';
import { explainStartFailure, refuseIfTaken } from './start-checks';

const dataDir = process.env.DATA_DIR ?? '.data';

async function main() {
  const port = Number(process.env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${process.env.PORT}"`);
  const host = process.env.HOST ?? '127.0.0.1';
  // Files go to their own port (S3_PORT, by default the next one), so a site's CSP can name it.
  const s3Port = Number(process.env.S3_PORT ?? (port ? port + 1 : 0));
  await refuseIfTaken({
    dataDir, host, ownDynalite: !process.env.DYNAMODB_ENDPOINT,
    ports: [{ port, variable: 'PORT' }, { port: s3Port, variable: 'S3_PORT' }],
  });
  const runtime = await startRuntime({
    port,
    host,
    dataDir,
    dynamoEndpoint: process.env.DYNAMODB_ENDPOINT,
    tableName: process.env.TABLE_NAME,
    allowedOrigins: process.env.ALLOWED_ORIGINS?.split(',').map((origin) => origin.trim()).filter(Boolean),
    s3Port,
    log: (line) => console.error(line),
  });
  // Printed as they stand now: an admin may have deactivated one or changed its password since.
  const { logins } = await runtime.invoke<{ logins: DemoLoginState[] }>('DemoAgents', { report: true });
  // A fresh machine's Insert shows the demo shop's FAQ and reply templates (once; an admin may delete them).
  await runtime.invoke('DemoReplies', {});
  // Unless turned off, a fresh machine gets four weeks of demo statistics (once; marked as demo).
  if (process.env.DEMO_STATS !== '0') await runtime.invoke('DemoStats', {});
  process.off('uncaughtException', couldNotStart);
  console.log(startBanner({ ...runtime, dataDir }, logins));
  const stop = async () => {
    await runtime.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** One line and exit code 1, whatever stopped the start; never a stack trace. */
function couldNotStart(error: unknown): never {
  console.error(`Parley could not start: ${explainStartFailure(error, dataDir)}`);
  process.exit(1);
}

// Until Parley is up, an error nobody awaits (a server's 'error' event when another process took its
// port after the checks, dynalite meeting a data dir just locked) ends the start the same plain way.
process.on('uncaughtException', couldNotStart);
main().catch(couldNotStart);
