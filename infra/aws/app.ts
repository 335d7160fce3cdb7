/**
 * The CDK app: `npx cdk deploy -c tenant=acme` builds the web assets and deploys stack
 * `Parley-acme`, checked by cdk-nag's AwsSolutions rules during synthesis.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { buildWeb } from '../web-build';
import { ParleyStack } from './parley-stack';
import { repoRoot } from './repo-root';
import { MailSenderError } from './mail-sender';
import { TenantNameError } from './tenant-name';
import { readTenantOptions, TenantOptionsError } from './tenant-options';

async function main(): Promise<void> {
  const app = new App();
  const options = readTenantOptions((key) => app.node.tryGetContext(key), Object.keys(app.node.getAllContext()));
  const { tenant } = options;

  // Rebuilt from scratch so files deleted from the source are not deployed again.
  const webAssetsDir = path.join(repoRoot, '.build', `web-${tenant}`);
  fs.rmSync(webAssetsDir, { recursive: true, force: true });
  await buildWeb({ outDir: webAssetsDir, minify: true });

  new ParleyStack(app, `Parley-${tenant}`, { ...options, webAssetsDir });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  app.synth();
}

main().catch((error: unknown) => {
  console.error(error instanceof TenantNameError || error instanceof TenantOptionsError || error instanceof MailSenderError ? error.message : error);
  process.exit(1);
});
