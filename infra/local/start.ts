/** `npm start`: Parley on this machine, no AWS account needed. PORT and DATA_DIR are honoured. */
import { DEMO_LOGINS } from './demo-logins';
import { startRuntime } from './runtime';

async function main() {
  const port = Number(process.env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${process.env.PORT}"`);
  const runtime = await startRuntime({
    port,
    host: process.env.HOST ?? '127.0.0.1',
    dataDir: process.env.DATA_DIR ?? '.data',
    dynamoEndpoint: process.env.DYNAMODB_ENDPOINT,
    tableName: process.env.TABLE_NAME,
    allowedOrigins: process.env.ALLOWED_ORIGINS?.split(',').map((origin) => origin.trim()).filter(Boolean),
    // Files go to their own port (S3_PORT, by default the next one), so a site's CSP can name it.
    s3Port: Number(process.env.S3_PORT ?? (port ? port + 1 : 0)),
    log: (line) => console.error(line),
  });
  await runtime.invoke('DemoAgents', {});
  // A fresh machine's Insert shows the demo shop's FAQ and reply templates (once; an admin may delete them).
  await runtime.invoke('DemoReplies', {});
  // Unless turned off, a fresh machine gets four weeks of demo statistics (once; marked as demo).
  if (process.env.DEMO_STATS !== '0') await runtime.invoke('DemoStats', {});
  console.log(`Parley is running.
Console:        ${runtime.url}/agent/
Demo shop page: ${runtime.url}/demo/
Widget script:  ${runtime.url}/widget.js
Mailbox:        ${runtime.mailboxUrl}
Files (S3):     ${runtime.s3Endpoint}/${runtime.filesBucket}
Demo logins (email / password):
${DEMO_LOGINS.map((a) => `  ${a.email} / ${a.password}   (${a.role}, ${a.name})`).join('\n')}
Data: ${process.env.DATA_DIR ?? '.data'}   Stop with Ctrl+C.`);
  const stop = async () => {
    await runtime.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  console.error(`Parley could not start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
