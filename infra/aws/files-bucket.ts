import { Duration } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods, type IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { UPLOADS_PREFIX } from '../../functions/store/keys';

/** Files sent in chats. Browsers upload and download directly with presigned URLs. */
export class FilesBucket extends Construct {
  readonly bucket: Bucket;
  /** The size limit the handlers enforce, when the tenant sets one. */
  readonly maxFileBytes?: number;

  constructor(scope: Construct, id: string, props: { logsBucket: IBucket; maxFileBytes?: number }) {
    super(scope, id);
    const { maxFileBytes } = props;
    // S3 takes at most 5 GB in one PUT, and a presigned upload is one PUT.
    if (maxFileBytes !== undefined && (!Number.isSafeInteger(maxFileBytes) || maxFileBytes < 1 || maxFileBytes > 5 * 1024 ** 3)) {
      throw new Error(`maxFileBytes must be a whole number of bytes from 1 to 5 GB, not ${maxFileBytes}`);
    }
    this.maxFileBytes = maxFileBytes;
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
      // Accepted files are moved out of the upload area; what is left there was never sent.
      lifecycleRules: [{ id: 'UnsentUploads', prefix: UPLOADS_PREFIX, expiration: Duration.days(1), abortIncompleteMultipartUploadAfter: Duration.days(1) }],
    });
  }
}
