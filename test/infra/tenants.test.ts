import type { Template } from 'aws-cdk-lib/assertions';
import { Match } from 'aws-cdk-lib/assertions';
import { parleyApp, synthParley } from './parley-template';

/** Properties that would be a physical name, unique per account (or region), if set. */
const GENERATED_BY_CLOUDFORMATION: Record<string, string> = {
  'AWS::DynamoDB::Table': 'TableName',
  'AWS::S3::Bucket': 'BucketName',
  'AWS::Lambda::Function': 'FunctionName',
  'AWS::IAM::Role': 'RoleName',
  'AWS::Logs::LogGroup': 'LogGroupName',
  'AWS::Events::Rule': 'Name',
  'AWS::CloudWatch::Alarm': 'AlarmName',
  'AWS::CloudWatch::Dashboard': 'DashboardName',
  'AWS::SNS::Topic': 'TopicName',
};

/** Resources whose name CloudFormation requires; aws-cdk-lib derives it from the construct path. */
const NAMED_BY_CDK: Array<[type: string, path: string[]]> = [
  ['AWS::Events::EventBus', ['Name']],
  ['AWS::ApiGatewayV2::Api', ['Name']],
  ['AWS::CloudFront::Function', ['Name']],
  ['AWS::CloudFront::ResponseHeadersPolicy', ['ResponseHeadersPolicyConfig', 'Name']],
  ['AWS::CloudFront::OriginAccessControl', ['OriginAccessControlConfig', 'Name']],
];

function namesIn(template: Template): string[] {
  return NAMED_BY_CDK.flatMap(([type, path]) =>
    Object.values(template.findResources(type)).map((resource) =>
      JSON.stringify(path.reduce((value, key) => value?.[key], resource.Properties)),
    ),
  );
}

describe('tenants side by side', () => {
  let acme: Template;
  let globex: Template;

  beforeAll(() => {
    acme = synthParley({ tenant: 'acme' }).template;
    globex = synthParley({ tenant: 'globex' }).template;
  });

  test.each(Object.entries(GENERATED_BY_CLOUDFORMATION))('%s leaves %s for CloudFormation to generate', (type, property) => {
    acme.allResourcesProperties(type, { [property]: Match.absent() });
  });

  test('names that must be set differ between two tenants', () => {
    const acmeNames = namesIn(acme);
    const globexNames = namesIn(globex);
    expect(acmeNames.length).toBeGreaterThanOrEqual(NAMED_BY_CDK.length);
    expect(acmeNames.filter((name) => globexNames.includes(name))).toEqual([]);
  });
});

describe('tenant name', () => {
  test.each(['Acme', 'acme_corp', '-acme', 'acme-', 'a'.repeat(33), ''])('rejects %j', (tenant) => {
    expect(() => parleyApp({ tenant })).toThrow(/tenant/i);
  });

  test.each(['acme', 'acme-corp', 'a', 'shop42'])('accepts %j', (tenant) => {
    expect(() => parleyApp({ tenant })).not.toThrow();
  });
});
