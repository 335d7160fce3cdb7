/** Which functions reach the files bucket, and how browsers may talk to it. */
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { ParleyStack } from '../../infra/aws/parley-stack';
import { ENV, handlers } from '../../infra/manifest';
import { fixtureWebAssets, synthParley } from './parley-template';

let stack: ParleyStack;
let template: Template;

beforeAll(() => {
  ({ stack, template } = synthParley());
});

const roleOf = (name: string) => stack.handlerFunctions.find((handler) => handler.node.id === name)!.function.role!;
const filing = handlers.filter((spec) => spec.access.files).map((spec) => [spec.name]);

test.each(filing)('%s is told the files bucket', (name) => {
  template.hasResourceProperties('AWS::Lambda::Function', {
    Role: stack.resolve(roleOf(name).roleArn),
    Environment: { Variables: Match.objectLike({ [ENV.filesBucket]: stack.resolve(stack.files.bucket.bucketName) }) },
  });
});

test.each(filing)('%s may put, get and delete objects in the files bucket only', (name) => {
  template.hasResourceProperties('AWS::IAM::Policy', {
    Roles: [stack.resolve(roleOf(name).roleName)],
    PolicyDocument: {
      Statement: Match.arrayWith([Match.objectLike({
        Action: Match.arrayWith(['s3:GetObject*', 's3:DeleteObject*', 's3:PutObject']),
        Resource: Match.arrayWith([{ 'Fn::Join': ['', [stack.resolve(stack.files.bucket.bucketArn), '/*']] }]),
      })]),
    },
  });
});

test('functions without files access have no S3 permission and no bucket name', () => {
  for (const spec of handlers.filter((entry) => !entry.access.files)) {
    const role = roleOf(spec.name);
    const policies = template.findResources('AWS::IAM::Policy', { Properties: { Roles: [stack.resolve(role.roleName)] } });
    expect(JSON.stringify(policies)).not.toContain('s3:');
    const functions = template.findResources('AWS::Lambda::Function', { Properties: { Role: stack.resolve(role.roleArn) } });
    expect(JSON.stringify(functions)).not.toContain(ENV.filesBucket);
  }
});

test('browsers may PUT and GET with presigned URLs, sending only the content type and a range', () => {
  template.hasResourceProperties('AWS::S3::Bucket', {
    CorsConfiguration: {
      CorsRules: [{ AllowedMethods: ['PUT', 'GET'], AllowedOrigins: ['*'], AllowedHeaders: ['content-type', 'range'], ExposedHeaders: ['ETag'], MaxAge: 3600 }],
    },
  });
});

test('the bucket empties the upload area of files never sent, after a day', () => {
  template.hasResourceProperties('AWS::S3::Bucket', {
    LifecycleConfiguration: { Rules: [Match.objectLike({ Id: 'UnsentUploads', Prefix: 'uploads/', ExpirationInDays: 1, Status: 'Enabled' })] },
  });
});

describe('the file size limit', () => {
  const tenantStack = (maxFileBytes?: number) =>
    new ParleyStack(new App({ context: { 'aws:cdk:bundling-stacks': [] } }), 'Parley-limits', { tenant: 'limits', webAssetsDir: fixtureWebAssets, maxFileBytes });

  test('is passed to the functions that handle files when the tenant sets one', () => {
    const limited = tenantStack(5 * 1024 * 1024);
    const uploads = limited.handlerFunctions.find((handler) => handler.node.id === 'WsFileUpload')!;
    Template.fromStack(limited).hasResourceProperties('AWS::Lambda::Function', {
      Role: limited.resolve(uploads.function.role!.roleArn),
      Environment: { Variables: Match.objectLike({ [ENV.maxFileBytes]: '5242880' }) },
    });
  });

  test('is refused when it is not a whole number of bytes S3 can take in one upload', () => {
    expect(() => tenantStack(6 * 1024 ** 3)).toThrow('maxFileBytes must be a whole number of bytes from 1 to 5 GB, not 6442450944');
  });
});
