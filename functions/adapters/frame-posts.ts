/**
 * How frames for one connection become posts. API Gateway bills every post to a connection as a
 * message, metered in 32 KB units, so frames that go to a connection together travel together.
 */
import type { ServerFrame } from '../protocol';

/** API Gateway meters messages in 32 KB units: a post of 40 KB costs as much as two posts. */
export const METERED_POST_BYTES = 32 * 1024;

/**
 * Frames for one connection, serialised once, in as few posts as the meter allows: frames in a row
 * share a post as a JSON array (in order) while it stays within 32 KB. A post of one frame is the
 * plain object, so a frame over 32 KB goes alone, as before.
 */
export function encodePosts(frames: ServerFrame[]): Uint8Array[] {
  const posts: Uint8Array[] = [];
  let batch: string[] = [];
  // Bytes of the batch's frames and the commas between them; the brackets add two.
  let bytes = 0;
  const flush = () => {
    if (batch.length) posts.push(Buffer.from(batch.length === 1 ? batch[0] : `[${batch.join(',')}]`));
    batch = [];
  };
  for (const json of frames.map((frame) => JSON.stringify(frame))) {
    const length = Buffer.byteLength(json);
    if (batch.length && bytes + 1 + length + 2 > METERED_POST_BYTES) flush();
    bytes = batch.length ? bytes + 1 + length : length;
    batch.push(json);
  }
  flush();
  return posts;
}
