import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { Distribution, FunctionEventType, HttpVersion, SecurityPolicyProtocol, ViewerProtocolPolicy } from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, type IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import type { ClientConfig } from '../../functions/protocol/http';
import { DirectoryIndex } from './directory-index';
import { SecurityHeaders, type SecurityHeadersProps } from './security-headers';

export interface WebHostingProps {
  /** The built console, widget and demo page (see infra/web-build.ts). */
  assetsDir: string;
  /** Served as `/config.json`, so one build works for every tenant. */
  config: ClientConfig;
  logsBucket: IBucket;
  /** The origins the pages may connect to besides their own (see SecurityHeadersProps). */
  connectOrigins: SecurityHeadersProps;
  /** Served on this host name too, with its ACM certificate (us-east-1). */
  domain?: { name: string; certificateArn: string };
}

/** The agent console, the widget scripts and the demo page: a private bucket behind CloudFront. */
export class WebHosting extends Construct {
  readonly siteBucket: Bucket;
  readonly distribution: Distribution;
  readonly deployment: BucketDeployment;
  /** The role of aws-cdk-lib's deployment function that copies the assets into the site bucket. */
  readonly deploymentRole: Role;
  /** The site's origins, custom domain first: where the console, widget and demo page are served. */
  readonly origins: string[];

  constructor(scope: Construct, id: string, props: WebHostingProps) {
    super(scope, id);
    this.siteBucket = new Bucket(this, 'SiteBucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      serverAccessLogsBucket: props.logsBucket,
      serverAccessLogsPrefix: 'site/',
    });
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Parley console, widget and demo page',
      ...(props.domain && {
        domainNames: [props.domain.name],
        certificate: Certificate.fromCertificateArn(this, 'Certificate', props.domain.certificateArn),
        minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
      }),
      httpVersion: HttpVersion.HTTP2_AND_3,
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.siteBucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: new SecurityHeaders(this, 'Headers', props.connectOrigins).policy,
        functionAssociations: [{
          function: new DirectoryIndex(this, 'DirectoryIndex').function,
          eventType: FunctionEventType.VIEWER_REQUEST,
        }],
      },
      enableLogging: true,
      logBucket: props.logsBucket,
      logFilePrefix: 'cloudfront/',
    });
    this.origins = [
      ...(props.domain ? [`https://${props.domain.name}`] : []),
      `https://${this.distribution.distributionDomainName}`,
    ];
    const deploymentLogs = new LogGroup(this, 'DeploymentLogs', { retention: RetentionDays.ONE_MONTH });
    this.deploymentRole = new Role(this, 'DeploymentRole', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    // Its own log group only, instead of AWSLambdaBasicExecutionRole's every group.
    deploymentLogs.grantWrite(this.deploymentRole);
    this.deployment = new BucketDeployment(this, 'Deployment', {
      role: this.deploymentRole,
      logGroup: deploymentLogs,
      destinationBucket: this.siteBucket,
      sources: [Source.asset(props.assetsDir), Source.jsonData('config.json', props.config)],
      // A new deploy must not leave browsers on cached scripts that disagree with config.json: they
      // ask again each time (a 304 while nothing changed), and CloudFront's copies are invalidated.
      cacheControl: [CacheControl.noCache()],
      distribution: this.distribution,
      distributionPaths: ['/*'],
      // The parts a widget fetches on demand are named by their hash: a widget opened before the
      // deploy still fetches the old ones, so they stay (a few KB each) rather than answer 404.
      prune: false,
    });
  }
}
