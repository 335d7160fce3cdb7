/** Files in integration tests: what a browser does with presigned URLs, and a look into the local bucket. */
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { Client } from './clients';
import type { TestRuntime } from './runtime';

/** PUTs the bytes to a presigned URL as a browser would; returns the status. */
export async function putTo(url: string, body: Buffer, contentType = 'application/octet-stream'): Promise<number> {
  const res = await fetch(url, { method: 'PUT', body: new Uint8Array(body), headers: { 'content-type': contentType } });
  await res.arrayBuffer();
  return res.status;
}

/** Asks for an upload, PUTs the bytes, and sends the file message; returns the fileId. */
export async function uploadAndSend(client: Client, chatId: string, name: string, body: Buffer, clientMessageId: string): Promise<string> {
  client.send({ action: 'file.upload', ref: `up-${clientMessageId}`, chatId, name, size: body.length, type: 'application/octet-stream' });
  const grant = await client.next('file.upload', (f) => f.ref === `up-${clientMessageId}`);
  const status = await putTo(grant.url, body);
  if (status !== 200) throw new Error(`upload refused with ${status}`);
  client.send({ action: 'file.send', ref: clientMessageId, chatId, clientMessageId, fileId: grant.fileId, name });
  return grant.fileId;
}

/** Whether the local bucket holds an object at this key, asked with the runtime's own credentials. */
export async function objectExists(runtime: TestRuntime, key: string): Promise<boolean> {
  const s3 = new S3Client({ endpoint: runtime.s3Endpoint, region: runtime.region, credentials: runtime.credentials, forcePathStyle: true });
  try {
    await s3.send(new HeadObjectCommand({ Bucket: runtime.filesBucket, Key: key }));
    return true;
  } catch (error) {
    if ((error as { name?: string }).name === 'NotFound') return false;
    throw error;
  } finally {
    s3.destroy();
  }
}
