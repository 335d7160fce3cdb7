/**
 * Objects of the local S3 on disk: one body file and one metadata file per key, named by the key's
 * hash so no key (slashes, dots, any length) can reach outside the bucket's folder.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface ObjectMeta { key: string; size: number; contentType: string; etag: string; lastModified: number }

export interface ObjectStore {
  put(key: string, body: Readable, contentType: string): Promise<ObjectMeta>;
  copy(fromKey: string, toKey: string): Promise<ObjectMeta | undefined>;
  head(key: string): Promise<ObjectMeta | undefined>;
  /** The body, or the inclusive byte range of it. */
  read(key: string, range?: { start: number; end: number }): ReadStream;
  delete(key: string): Promise<void>;
  /** Every object's metadata (a local store holds few). */
  list(): Promise<ObjectMeta[]>;
}

export async function openObjectStore(dir: string): Promise<ObjectStore> {
  await mkdir(dir, { recursive: true });
  const path = (key: string) => join(dir, createHash('sha256').update(key).digest('hex'));
  const writeMeta = async (meta: ObjectMeta) => {
    const temp = `${path(meta.key)}.${randomBytes(4).toString('hex')}.tmp`;
    await writeFile(temp, JSON.stringify(meta));
    await rename(temp, `${path(meta.key)}.json`);
  };
  const store: ObjectStore = {
    async put(key, body, contentType) {
      const temp = `${path(key)}.${randomBytes(4).toString('hex')}.tmp`;
      const hash = createHash('md5');
      let size = 0;
      body.on('data', (chunk: Buffer) => {
        hash.update(chunk);
        size += chunk.length;
      });
      try {
        await pipeline(body, createWriteStream(temp));
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
      await rename(temp, `${path(key)}.bin`);
      const meta = { key, size, contentType, etag: `"${hash.digest('hex')}"`, lastModified: Date.now() };
      await writeMeta(meta);
      return meta;
    },
    async copy(fromKey, toKey) {
      const source = await store.head(fromKey);
      if (!source) return undefined;
      await copyFile(`${path(fromKey)}.bin`, `${path(toKey)}.bin`);
      const meta = { ...source, key: toKey, lastModified: Date.now() };
      await writeMeta(meta);
      return meta;
    },
    async head(key) {
      try {
        return JSON.parse(await readFile(`${path(key)}.json`, 'utf8')) as ObjectMeta;
      } catch {
        return undefined;
      }
    },
    read: (key, range) => createReadStream(`${path(key)}.bin`, range),
    async delete(key) {
      await rm(`${path(key)}.json`, { force: true });
      await rm(`${path(key)}.bin`, { force: true });
    },
    async list() {
      const names = (await readdir(dir)).filter((name) => name.endsWith('.json'));
      const metas = await Promise.all(names.map((name) => readFile(join(dir, name), 'utf8').then((text) => JSON.parse(text) as ObjectMeta, () => undefined)));
      return metas.filter((meta): meta is ObjectMeta => meta !== undefined);
    },
  };
  return store;
}
