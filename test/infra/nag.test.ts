import * as fs from 'node:fs';
import * as path from 'node:path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { VALIDATION_REPORT_FILE } from 'aws-cdk-lib/cx-api';
import { AwsSolutionsChecks } from 'cdk-nag';
import { parleyApp } from './parley-template';

interface ValidationReport {
  pluginReports: Array<{
    pluginName: string;
    violations: Array<{ ruleName: string; severity: string; violatingConstructs: Array<{ constructPath: string }> }>;
  }>;
}

/**
 * Synthesizes `app` with the AwsSolutions pack registered as `infra/aws/app.ts` does, and lists every
 * unacknowledged finding (errors and warnings) from the validation report the CLI would print.
 */
function unacknowledgedFindings(app: App): string[] {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  const reportFile = path.join(app.outdir, VALIDATION_REPORT_FILE);
  try {
    app.synth();
  } catch (error) {
    // Unacknowledged errors make synthesis throw, after the report is written.
    if (!fs.existsSync(reportFile)) throw error;
  }
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as ValidationReport;
  return report.pluginReports.flatMap((plugin) =>
    plugin.violations.flatMap((violation) =>
      violation.violatingConstructs.map((construct) => `${violation.severity} ${violation.ruleName} at ${construct.constructPath}`),
    ),
  );
}

describe('cdk-nag AwsSolutions', () => {
  test('finds nothing unacknowledged in a tenant stack', () => {
    expect(unacknowledgedFindings(parleyApp().app)).toEqual([]);
  });

  test('finds nothing unacknowledged with a custom domain, allowed origins and an alarm email', () => {
    const options = {
      domain: { name: 'chat.acme.example', certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-aaaa-bbbb-cccc-123456789abc' },
      allowedOrigins: ['https://shop.acme.example'],
      alarmEmail: 'ops@acme.example',
    };
    expect(unacknowledgedFindings(parleyApp({ options }).app)).toEqual([]);
  });

  test('finds nothing unacknowledged in a tenant stack that sends mail', () => {
    expect(unacknowledgedFindings(parleyApp({ mailFrom: 'support@acme.example' }).app)).toEqual([]);
  });

  test('reports findings that are not acknowledged', () => {
    // Proves the check above can fail: a bare bucket breaks several rules.
    const app = new App();
    new Bucket(new Stack(app, 'Bare'), 'Bucket');

    expect(unacknowledgedFindings(app)).toEqual(expect.arrayContaining([
      'error AwsSolutions-S1 at Bare/Bucket/Resource',
      'error AwsSolutions-S10 at Bare/Bucket/Resource',
    ]));
  });
});
