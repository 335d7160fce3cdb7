/** Delivering frames to connections. A gone connection (410) is forgotten without disturbing the others. */
import { postEncoded } from '../adapters/connections';
import { encodePosts } from '../adapters/frame-posts';
import type { ServerFrame } from '../protocol';
import { deleteConnection, removeChatConnections, type ConnectionItem } from '../store';

/**
 * Posts every frame, in order, to each connection, as few posts as fit (see `encodePosts`: API
 * Gateway bills each post); returns the connections found gone (already cleaned up).
 */
export async function deliver(connectionIds: Iterable<string>, frames: ServerFrame[]): Promise<string[]> {
  const gone: string[] = [];
  // Serialised once, however many connections hear it.
  const posts = encodePosts(frames);
  await Promise.all([...new Set(connectionIds)].map(async (connectionId) => {
    for (const data of posts) {
      if ((await postEncoded(connectionId, data)) === 'gone') {
        gone.push(connectionId);
        await forgetConnection(connectionId);
        return;
      }
    }
  }));
  return gone;
}

/** Removes a connection whose `$disconnect` may never come (API Gateway delivers it best-effort). */
export async function forgetConnection(connectionId: string): Promise<ConnectionItem | undefined> {
  const item = await deleteConnection(connectionId);
  await Promise.all([...(item?.chats ?? [])].map((chatId) => removeChatConnections(chatId, [connectionId])));
  return item;
}

/** Replies to the connection that sent a frame. */
export async function reply(connectionId: string, ...frames: ServerFrame[]): Promise<void> {
  await deliver([connectionId], frames);
}
