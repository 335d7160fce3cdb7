/** Builds a tenant's stack for assertions, with small stand-in web assets (the real build is tested elsewhere). */
import * as path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ParleyStack, type ParleyStackProps } from '../../infra/aws/parley-stack';

export const fixtureWebAssets = path.join(__dirname, 'fixtures', 'web');

export interface SynthOptions {
  tenant?: string;
  /** Bundle the handlers with esbuild; off, the template is the same but synthesis takes a fraction of the time. */
  bundle?: boolean;
  /** What `-c domain=…`, `-c allowedOrigins=…` and `-c alarmEmail=…` would set. */
  options?: Pick<ParleyStackProps, 'domain' | 'allowedOrigins' | 'alarmEmail'>;
  /** The tenant's mail sender (`-c mailFrom=…`). */
  mailFrom?: string;
}

export function parleyApp({ tenant = 'acme', bundle = false, options = {}, mailFrom }: SynthOptions = {}): { app: App; stack: ParleyStack } {
  // `aws:cdk:bundling-stacks: []` is the context the CLI uses to skip asset bundling.
  const app = new App(bundle ? {} : { context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new ParleyStack(app, `Parley-${tenant}`, { tenant, webAssetsDir: fixtureWebAssets, ...options, mailFrom });
  return { app, stack };
}

export function synthParley(options: SynthOptions = {}): { stack: ParleyStack; template: Template } {
  const { stack } = parleyApp(options);
  return { stack, template: Template.fromStack(stack) };
}
