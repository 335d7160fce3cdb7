/** Packing the frames for one connection into posts: as few as fit in the 32 KB the meter counts as one. */
import { encodePosts, METERED_POST_BYTES } from '../../../functions/adapters/frame-posts';
import type { ServerFrame } from '../../../functions/protocol';

/** A frame whose JSON is exactly `bytes` long. */
function frameOf(bytes: number, id = 'x'): ServerFrame {
  const bare = JSON.stringify({ type: 'notice', code: 'queue-empty', ref: id, message: '' }).length;
  return { type: 'notice', code: 'queue-empty', ref: id, message: 'm'.repeat(bytes - bare) };
}

const decoded = (posts: Uint8Array[]) => posts.map((post) => JSON.parse(Buffer.from(post).toString()));

describe('encodePosts', () => {
  test('a single frame is posted as the plain object', () => {
    const frame: ServerFrame = { type: 'presence', status: 'present' };
    expect(decoded(encodePosts([frame]))).toEqual([frame]);
  });

  test('frames for one connection share one post, as an array in their order', () => {
    const frames: ServerFrame[] = [{ type: 'presence', status: 'away' }, frameOf(200, 'b'), { type: 'synced', chatIds: ['c1'] }];
    expect(decoded(encodePosts(frames))).toEqual([frames]);
  });

  test('an array that would pass 32 KB starts a new post; every post stays within 32 KB', () => {
    const frames = [frameOf(12_000, 'a'), frameOf(12_000, 'b'), frameOf(12_000, 'c'), frameOf(100, 'd')];
    const posts = encodePosts(frames);
    expect(decoded(posts)).toEqual([[frames[0], frames[1]], [frames[2], frames[3]]]);
    for (const post of posts) expect(post.length).toBeLessThanOrEqual(METERED_POST_BYTES);
  });

  test('frames that fill exactly 32 KB with the brackets and comma share a post', () => {
    const half = (METERED_POST_BYTES - 3) / 2;
    const frames = [frameOf(Math.floor(half), 'a'), frameOf(Math.ceil(half), 'b')];
    const posts = encodePosts(frames);
    expect(posts.map((post) => post.length)).toEqual([METERED_POST_BYTES]);
    expect(decoded(encodePosts([frames[0], frameOf(Math.ceil(half) + 1, 'b')]))).toHaveLength(2);
  });

  test('a frame over 32 KB goes alone, as a plain object, between the posts around it', () => {
    const frames = [frameOf(100, 'a'), frameOf(40_000, 'big'), frameOf(100, 'c'), frameOf(100, 'd')];
    expect(decoded(encodePosts(frames))).toEqual([frames[0], frames[1], [frames[2], frames[3]]]);
  });

  test('no frames, no posts', () => {
    expect(encodePosts([])).toEqual([]);
  });
});
