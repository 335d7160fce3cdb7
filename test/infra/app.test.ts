import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..');

/** Runs the CDK app as `cdk synth` would, with `context` as the CLI passes it. */
function runApp(context: Record<string, string>) {
  return spawnSync('npx', ['tsx', 'infra/aws/app.ts'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, CDK_CONTEXT_JSON: JSON.stringify(context) },
  });
}

describe('CDK app', () => {
  test('without a tenant it exits non-zero, naming the flag', () => {
    const result = runApp({});

    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('Missing tenant: run `npx cdk synth -c tenant=<name>`');
  });

  test('with an invalid tenant it exits non-zero, saying what is allowed', () => {
    const result = runApp({ tenant: 'Acme_Corp' });

    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('Invalid tenant "Acme_Corp": use 1-32 lowercase letters, digits and dashes');
  });
});
