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
import { checkTenantName, TenantNameError } from './tenant-name';

async function main(): Promise<void> {
  const app = new App();
  const tenant = checkTenantName(app.node.tryGetContext('tenant'));

  // Rebuilt from scratch so files deleted from the source are not deployed again.
  const webAssetsDir = path.join(repoRoot, '.build', `web-${tenant}`);
  fs.rmSync(webAssetsDir, { recursive: true, force: true });
  await buildWeb({ outDir: webAssetsDir, minify: true });

  // `-c maxFileBytes=10485760` sets the tenant's file size limit.
  const maxFileBytes = app.node.tryGetContext('maxFileBytes');
  new ParleyStack(app, `Parley-${tenant}`, { tenant, webAssetsDir, maxFileBytes: maxFileBytes === undefined ? undefined : Number(maxFileBytes) });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  app.synth();
}

main().catch((error: unknown) => {
  console.error(error instanceof TenantNameError ? error.message : error);
  process.exit(1);
});
