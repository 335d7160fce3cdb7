import * as fs from 'node:fs';
import * as path from 'node:path';
import { Stage } from 'aws-cdk-lib';
import { Capture, Match, type Template } from 'aws-cdk-lib/assertions';
import { directoryIndexCode, LANDING_PATH } from '../../infra/aws/directory-index';
import type { ParleyStack } from '../../infra/aws/parley-stack';
import { synthParley } from './parley-template';

let stack: ParleyStack;
let template: Template;

beforeAll(() => {
  ({ stack, template } = synthParley());
});

const distributionDomain = () => stack.resolve(stack.web.distribution.distributionDomainName);

describe('web hosting', () => {
  test('serves the site bucket through CloudFront with origin access control', () => {
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Origins: [Match.objectLike({
          OriginAccessControlId: Match.anyValue(),
          S3OriginConfig: { OriginAccessIdentity: '' },
        })],
      }),
    });
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: Match.objectLike({ OriginAccessControlOriginType: 's3', SigningBehavior: 'always' }),
    });
  });

  test('lets only this distribution read the site bucket', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({
          Action: 's3:GetObject',
          Principal: { Service: 'cloudfront.amazonaws.com' },
          Condition: { StringEquals: { 'AWS:SourceArn': Match.anyValue() } },
        })]),
      },
    });
  });

  test('redirects HTTP to HTTPS and logs requests', () => {
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: 'redirect-to-https' }),
        Logging: Match.objectLike({ Bucket: Match.anyValue() }),
      }),
    });
  });

  test('maps directory paths to index.html with a viewer-request function', () => {
    const code = new Capture();
    template.hasResourceProperties('AWS::CloudFront::Function', { FunctionCode: code, FunctionConfig: { Runtime: 'cloudfront-js-2.0', Comment: Match.anyValue() } });
    expect(code.asString()).toContain("'index.html'");
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultCacheBehavior: Match.objectLike({ FunctionAssociations: [Match.objectLike({ EventType: 'viewer-request' })] }),
      }),
    });
  });

  test('sends security headers and lets customer sites load the widget cross-origin', () => {
    template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: Match.objectLike({
        SecurityHeadersConfig: Match.objectLike({
          StrictTransportSecurity: Match.objectLike({ Override: true }),
          ContentTypeOptions: { Override: true },
          FrameOptions: { FrameOption: 'DENY', Override: true },
          ReferrerPolicy: Match.objectLike({ ReferrerPolicy: 'strict-origin-when-cross-origin' }),
        }),
        CorsConfig: Match.objectLike({ AccessControlAllowOrigins: { Items: ['*'] }, AccessControlAllowCredentials: false }),
      }),
    });
  });

  test("the pages may connect only to the tenant's own APIs and files bucket, not to any AWS host", () => {
    const [policy] = Object.values(template.findResources('AWS::CloudFront::ResponseHeadersPolicy'));
    const csp = JSON.stringify(policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy);
    expect(csp).not.toContain('*.amazonaws.com');
    const httpApi = JSON.stringify(stack.resolve(stack.http.api.apiEndpoint));
    const socketApi = JSON.stringify(stack.resolve(stack.socket.api.apiId));
    const bucket = JSON.stringify(stack.resolve(stack.files.bucket.bucketRegionalDomainName));
    for (const part of [httpApi, socketApi, bucket]) expect(csp).toContain(part);
    expect(csp).toContain('wss://');
  });

  test('a deploy leaves the parts an open widget may still fetch, and browsers ask again for every file rather than guess its age', () => {
    template.hasResourceProperties('Custom::CDKBucketDeployment', { Prune: false, SystemMetadata: { 'cache-control': 'no-cache' } });
  });

  test('deploys the built assets and a config.json naming both APIs, then invalidates the cache', () => {
    const keys = new Capture();
    const markers = new Capture();
    template.hasResourceProperties('Custom::CDKBucketDeployment', {
      SourceObjectKeys: keys,
      SourceMarkers: markers,
      DistributionPaths: ['/*'],
    });
    expect(keys.asArray()).toHaveLength(2);
    // config.json is staged with a marker per deploy-time value; CloudFormation fills them in.
    const [, configKey] = keys.asArray() as string[];
    const staged = path.join(Stage.of(stack)!.outdir, `asset.${configKey.replace(/\.zip$/, '')}`, 'config.json');
    const config = JSON.parse(fs.readFileSync(staged, 'utf8')) as Record<string, string>;
    const valueOf = (marked: string) => (markers.asArray()[1] as Record<string, unknown>)[marked];

    expect(Object.keys(config).sort()).toEqual(['apiBase', 'wsUrl']);
    expect(valueOf(config.apiBase)).toEqual(stack.resolve(stack.http.api.apiEndpoint));
    expect(config.wsUrl).toMatch(/^wss:\/\/<<marker:0xbaba:\d>>\.execute-api\..+\/live$/);
  });

  test.each([
    ['ConsoleUrl', '/agent/'],
    ['DemoUrl', '/demo/'],
    ['WidgetUrl', '/widget.js'],
  ])('outputs %s on the distribution domain', (output, path) => {
    template.hasOutput(output, { Value: { 'Fn::Join': ['', ['https://', distributionDomain(), path]] } });
  });

  test('outputs the WebSocket and HTTP API URLs', () => {
    template.hasOutput('WebSocketUrl', { Value: stack.resolve(stack.socket.stage.url) });
    template.hasOutput('HttpApiUrl', { Value: stack.resolve(stack.http.api.apiEndpoint) });
  });
});

describe('directory index function', () => {
  type Request = { uri: string };
  type Redirect = { statusCode: number; headers: { location: { value: string } } };
  const handler = new Function(`${directoryIndexCode}\nreturn handler;`)() as (event: { request: Request }) => Request | Redirect;
  const view = (uri: string) => handler({ request: { uri } });

  test('sends a bare visit to the console', () => {
    expect(view('/')).toMatchObject({ statusCode: 302, headers: { location: { value: LANDING_PATH } } });
  });

  test('serves a directory path from its index.html', () => {
    expect(view('/agent/')).toEqual({ uri: '/agent/index.html' });
  });

  test('redirects a directory path without its slash, so relative links resolve', () => {
    expect(view('/demo')).toMatchObject({ statusCode: 302, headers: { location: { value: '/demo/' } } });
  });

  test('passes files through unchanged', () => {
    expect(view('/widget.js')).toEqual({ uri: '/widget.js' });
  });
});
