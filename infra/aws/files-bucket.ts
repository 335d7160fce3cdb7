import { Duration } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods, type IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

/** Files sent in chats. Browsers upload and download directly with presigned URLs. */
export class FilesBucket extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: { logsBucket: IBucket }) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      serverAccessLogsBucket: props.logsBucket,
      serverAccessLogsPrefix: 'files/',
      // The console uploads and downloads from the stack's own site, the widget from customers' sites,
      // so presigned requests come from any origin; the signature, not the origin, is what grants access.
      cors: [{
        allowedMethods: [HttpMethods.PUT, HttpMethods.GET],
        allowedOrigins: ['*'],
        allowedHeaders: ['content-type', 'range'],
        exposedHeaders: ['ETag'],
        maxAge: Duration.hours(1).toSeconds(),
      }],
    });
  }
}
