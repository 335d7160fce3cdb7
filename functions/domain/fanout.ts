/** Delivering frames to connections. A gone connection (410) is forgotten without disturbing the others; an opening one is not gone. */
import { postEncoded } from '../adapters/connections';
import { encodePosts } from '../adapters/frame-posts';
import { now } from '../adapters/clock';
import type { ServerFrame } from '../protocol';
import { deleteConnection, removeChatConnections, type ConnectionItem } from '../store';
import { customerConnectionClosed } from './customer-left';
import { onlineAgents } from './agents-online';

/**
 * `$connect` stores a connection before API Gateway opens it, and until it opens a post to it
 * answers 410 as for a closed one. Its `$connect` ends within the 29 s integration timeout, so a
 * 410 is taken as a disconnect only from a connection admitted longer ago than this; forgetting a
 * younger one would leave its socket opening not signed in. One that never opens is forgotten by
 * `$disconnect`, by a later fan-out, or by the sweeper.
 */
export const HANDSHAKE_WINDOW_MS = 30_000;

/**
 * Posts every frame, in order, to each connection, as few posts as fit (see `encodePosts`: API
 * Gateway bills each post); returns the connections that answered 410. A gone connection is
 * forgotten (unless still in the handshake window) and dropped from the chats the frames are about:
 * `$disconnect` leaves the chats' lists of connections as they are, since most chats are sent
 * nothing more once their customer has left, and rewriting the chat item for each closed socket
 * would be billed anyway. A customer's gone connection counts as their `$disconnect`, which API
 * Gateway may never have sent: the answered chat it followed is marked as left (customer-left.ts).
 */
export async function deliver(connectionIds: Iterable<string>, frames: ServerFrame[]): Promise<string[]> {
  const gone: string[] = [];
  // Serialised once, however many connections hear it.
  const posts = encodePosts(frames);
  await Promise.all([...new Set(connectionIds)].map(async (connectionId) => {
    for (const data of posts) {
      if ((await postEncoded(connectionId, data)) === 'gone') {
        gone.push(connectionId);
        const forgotten = await forgetConnection(connectionId, now() - HANDSHAKE_WINDOW_MS);
        if (forgotten === 'opening') return;
        // Before the chats drop it: the mark's condition counts the chat's connections as read. A chat it marks drops it there.
        const marked = forgotten ? await customerConnectionClosed(forgotten, now()) : undefined;
        await Promise.all(chatsOf(frames).filter((chatId) => chatId !== marked).map((chatId) => removeChatConnections(chatId, [connectionId])));
        return;
      }
    }
  }));
  return gone;
}

/** The chats that frames are about. */
function chatsOf(frames: ServerFrame[]): string[] {
  const ids = frames.map((frame) => ('chat' in frame ? frame.chat.chatId : 'message' in frame && typeof frame.message === 'object' ? frame.message.chatId : 'chatId' in frame ? frame.chatId : undefined));
  return [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
}

/**
 * Removes a connection whose `$disconnect` may never come (API Gateway delivers it best-effort).
 * With `connectedBefore` (epoch ms), one admitted at or after that instant is kept: `opening`.
 * The chats it followed drop it when a delivery to them finds it gone.
 */
export async function forgetConnection(connectionId: string, connectedBefore?: number): Promise<ConnectionItem | 'opening' | undefined> {
  return deleteConnection(connectionId, connectedBefore);
}

/** Replies to the connection that sent a frame. */
export async function reply(connectionId: string, ...frames: ServerFrame[]): Promise<void> {
  await deliver([connectionId], frames);
}

/** `frame` to every live agent console: something all of them show changed (channels, requests, replies). */
export async function tellEveryConsole(frame: ServerFrame, now: number): Promise<void> {
  const online = await onlineAgents(now);
  await deliver(online.live.map((c) => c.connectionId), [frame]);
}
