/**
 * The files bucket: the S3 client, built once per runtime, and the few object operations Parley
 * uses. Browsers move the bytes themselves through presigned URLs; handlers only sign, inspect and delete.
 */
import { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { config, ConfigError } from '../config';

const s3 = new S3Client({
  endpoint: config.s3Endpoint,
  // The local endpoint serves buckets by path; AWS takes either.
  forcePathStyle: Boolean(config.s3Endpoint),
  // Default checksums would put the checksum of an empty body into presigned PUT URLs, which S3
  // then refuses for the real body; S3 checks what it needs (the signed length) without them.
  requestChecksumCalculation: 'WHEN_REQUIRED',
  responseChecksumValidation: 'WHEN_REQUIRED',
  maxAttempts: 3,
});

function bucket(): string {
  if (!config.filesBucket) throw new ConfigError('Environment variable FILES_BUCKET is not set');
  return config.filesBucket;
}

/** A URL that lets a browser PUT exactly `size` bytes to `key` until it expires. */
export function presignUpload(key: string, size: number, expiresInSeconds: number): Promise<string> {
  // ContentLength is signed, so S3 refuses a body of any other length.
  return getSignedUrl(s3, new PutObjectCommand({ Bucket: bucket(), Key: key, ContentLength: size }), { expiresIn: expiresInSeconds });
}

/** A URL that lets a browser GET `key`, answered with this type and disposition, until it expires. */
export function presignDownload(key: string, response: { type: string; disposition: string }, expiresInSeconds: number): Promise<string> {
  return getSignedUrl(s3, new GetObjectCommand({
    Bucket: bucket(), Key: key, ResponseContentType: response.type, ResponseContentDisposition: response.disposition,
  }), { expiresIn: expiresInSeconds });
}

/** The object's size, or undefined when there is no such object. */
export async function objectSize(key: string): Promise<number | undefined> {
  try {
    return (await s3.send(new HeadObjectCommand({ Bucket: bucket(), Key: key }))).ContentLength ?? 0;
  } catch (error) {
    if ((error as { name?: string }).name === 'NotFound' || (error as { name?: string }).name === 'NoSuchKey') return undefined;
    throw error;
  }
}

/** The first `length` bytes of the object (fewer when it is shorter). */
export async function objectHead(key: string, length: number): Promise<Uint8Array> {
  const { Body } = await s3.send(new GetObjectCommand({ Bucket: bucket(), Key: key, Range: `bytes=0-${length - 1}` }));
  return Body ? Body.transformToByteArray() : new Uint8Array();
}

export async function copyObject(fromKey: string, toKey: string): Promise<void> {
  await s3.send(new CopyObjectCommand({ Bucket: bucket(), Key: toKey, CopySource: `${bucket()}/${encodeURIComponent(fromKey).replace(/%2F/g, '/')}` }));
}

export async function deleteObject(key: string): Promise<void> {
  await s3.send(new DeleteObjectCommand({ Bucket: bucket(), Key: key }));
}
