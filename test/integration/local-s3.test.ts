/** The local S3-compatible endpoint answers as S3 does, for the real SDK and for browsers with presigned URLs. */
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { startLocalS3, type LocalS3 } from '../../infra/local/s3';
import { openObjectStore } from '../../infra/local/s3/object-store';

const credentials = { accessKeyId: 'LOCALTESTKEY', secretAccessKey: 'local-test-secret' };
let dataDir: string;
let s3: LocalS3;
let client: S3Client;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'parley-s3-'));
  s3 = await startLocalS3({ dataDir, buckets: ['files'], credentials, expire: { prefix: 'uploads/', afterMs: 60_000 } });
  client = new S3Client({ endpoint: s3.endpoint, region: 'eu-west-1', credentials, forcePathStyle: true, requestChecksumCalculation: 'WHEN_REQUIRED' });
});
afterAll(async () => {
  client.destroy();
  await s3.close();
  await rm(dataDir, { recursive: true, force: true });
});

const presignedPut = (key: string, size: number) => getSignedUrl(client, new PutObjectCommand({ Bucket: 'files', Key: key, ContentLength: size }), { expiresIn: 60 });

test('an object PUT with a presigned URL can be read whole, by range, and deleted with the SDK', async () => {
  const res = await fetch(await presignedPut('chats/c1/f1', 11), { method: 'PUT', body: 'hello world' });
  expect(res.status).toBe(200);

  expect((await client.send(new HeadObjectCommand({ Bucket: 'files', Key: 'chats/c1/f1' }))).ContentLength).toBe(11);
  const range = await client.send(new GetObjectCommand({ Bucket: 'files', Key: 'chats/c1/f1', Range: 'bytes=6-' }));
  expect(range.ContentRange).toBe('bytes 6-10/11');
  expect(await range.Body!.transformToString()).toBe('world');
  await client.send(new DeleteObjectCommand({ Bucket: 'files', Key: 'chats/c1/f1' }));
  await expect(client.send(new HeadObjectCommand({ Bucket: 'files', Key: 'chats/c1/f1' }))).rejects.toMatchObject({ name: 'NotFound' });
});

test('a request without a signature is refused', async () => {
  const res = await fetch(`${s3.endpoint}/files/chats/c1/f1`);
  expect(res.status).toBe(403);
  expect(await res.text()).toContain('<Code>AccessDenied</Code>');
});

test('a request signed with another secret is refused', async () => {
  const stranger = new S3Client({ endpoint: s3.endpoint, region: 'eu-west-1', credentials: { ...credentials, secretAccessKey: 'guessed' }, forcePathStyle: true });
  await expect(stranger.send(new GetObjectCommand({ Bucket: 'files', Key: 'any' }))).rejects.toMatchObject({ name: 'SignatureDoesNotMatch' });
  stranger.destroy();
});

test('an unknown bucket is answered NoSuchBucket', async () => {
  await expect(client.send(new GetObjectCommand({ Bucket: 'other', Key: 'any' }))).rejects.toMatchObject({ name: 'NoSuchBucket' });
});

test('a key that looks like a path is stored inside the bucket folder all the same', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'parley-store-'));
  const store = await openObjectStore(join(folder, 'bucket'));

  await store.put('../../escape.txt', Readable.from([Buffer.from('nope')]), 'text/plain');

  expect(await readdir(folder)).toEqual(['bucket']);
  expect((await readdir(join(folder, 'bucket'))).every((name) => /^[0-9a-f]{64}\.(bin|json)$/.test(name))).toBe(true);
  expect((await store.head('../../escape.txt'))?.size).toBe(4);
  await rm(folder, { recursive: true, force: true });
});

test('a browser preflight for a PUT with a content type is allowed from any origin', async () => {
  const res = await fetch(`${s3.endpoint}/files/chats/c1/f2`, {
    method: 'OPTIONS',
    headers: { origin: 'https://shop.example', 'access-control-request-method': 'PUT', 'access-control-request-headers': 'content-type' },
  });
  expect(res.status).toBe(200);
  expect(res.headers.get('access-control-allow-origin')).toBe('*');
  expect(res.headers.get('access-control-allow-methods')).toContain('PUT');
});

test('a browser preflight asking for other headers or methods is refused', async () => {
  const res = await fetch(`${s3.endpoint}/files/chats/c1/f2`, {
    method: 'OPTIONS',
    headers: { origin: 'https://shop.example', 'access-control-request-method': 'DELETE' },
  });
  expect(res.status).toBe(403);
});

test('the expiration rule deletes old objects under its prefix and keeps the rest', async () => {
  await fetch(await presignedPut('uploads/old', 3), { method: 'PUT', body: 'old' });
  await fetch(await presignedPut('chats/kept', 4), { method: 'PUT', body: 'kept' });

  await s3.expireNow(Date.now() + 61_000);

  await expect(client.send(new HeadObjectCommand({ Bucket: 'files', Key: 'uploads/old' }))).rejects.toMatchObject({ name: 'NotFound' });
  expect((await client.send(new HeadObjectCommand({ Bucket: 'files', Key: 'chats/kept' }))).ContentLength).toBe(4);
});

test('the expiration rule leaves young objects alone', async () => {
  await fetch(await presignedPut('uploads/young', 5), { method: 'PUT', body: 'young' });

  await s3.expireNow();

  expect((await client.send(new HeadObjectCommand({ Bucket: 'files', Key: 'uploads/young' }))).ContentLength).toBe(5);
});

test('objects outlive a restart on the same data folder', async () => {
  await fetch(await presignedPut('kept', 4), { method: 'PUT', body: 'kept' });
  await s3.close();
  s3 = await startLocalS3({ dataDir, buckets: ['files'], credentials });
  client.destroy();
  client = new S3Client({ endpoint: s3.endpoint, region: 'eu-west-1', credentials, forcePathStyle: true });

  expect(await (await client.send(new GetObjectCommand({ Bucket: 'files', Key: 'kept' }))).Body!.transformToString()).toBe('kept');
});
