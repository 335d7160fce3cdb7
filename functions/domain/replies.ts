/**
 * Predefined replies: FAQ, templates and quick replies. Every agent reads the shared ones and their
 * own; only admins change shared ones; an agent changes only their own quick replies.
 */
import { misplacedField, type RepliesResponse, type ReplyCreateBody, type ReplyUpdateBody, type ReplyView } from '../protocol';
import {
  deleteReply as deleteStored, getAgent, getReply, listReplies, listReplyMarks, putNewReply, setReplyFavourite, setReplyUsed, updateReply as updateStored,
  type ReplyOwner,
} from '../store';
import { RefusedError } from './errors';
import { tellEveryConsole } from './fanout';

/** How many replies "Recently used" lists. */
export const RECENT_LIMIT = 10;

const SHARED: ReplyOwner = { shared: true };
const own = (agentId: string): ReplyOwner => ({ shared: false, agentId });

export async function canManageShared(agentId: string): Promise<boolean> {
  return (await getAgent(agentId))?.role === 'admin';
}

async function requireAdmin(agentId: string): Promise<void> {
  if (!(await canManageShared(agentId))) throw new RefusedError('forbidden', 'Only admins may change shared replies');
}

/** The reply with this id the agent can see (shared or their own), with where it lives. */
async function findVisible(agentId: string, replyId: string): Promise<{ owner: ReplyOwner; reply: ReplyView }> {
  const [shared, mine] = await Promise.all([getReply(SHARED, replyId), getReply(own(agentId), replyId)]);
  if (shared) return { owner: SHARED, reply: shared };
  if (mine) return { owner: own(agentId), reply: mine };
  throw new RefusedError('not-found', 'No such reply');
}

export async function repliesFor(agentId: string): Promise<RepliesResponse> {
  const [shared, mine, marks, admin] = await Promise.all([listReplies(SHARED), listReplies(own(agentId)), listReplyMarks(agentId), canManageShared(agentId)]);
  const replies = [...shared, ...mine];
  // Marks of deleted replies stay behind; they are skipped here rather than chased on every delete.
  const exists = new Set(replies.map((r) => r.replyId));
  const live = marks.filter((m) => exists.has(m.replyId));
  return {
    replies,
    favourites: live.filter((m) => m.favourite).map((m) => m.replyId),
    recent: live.filter((m) => m.usedAt).sort((a, b) => b.usedAt! - a.usedAt!).slice(0, RECENT_LIMIT).map((m) => m.replyId),
    canManageShared: admin,
  };
}

/** Creates a reply; the same create sent again returns the stored one. */
export async function createReply(agentId: string, body: ReplyCreateBody, now: number): Promise<{ created: boolean; reply: ReplyView }> {
  const misplaced = misplacedField(body.kind, body);
  if (misplaced) throw new RefusedError('bad-frame', misplaced);
  if (body.shared) await requireAdmin(agentId);
  const reply: ReplyView = { ...body, updatedAt: now };
  const stored = await putNewReply(body.shared ? SHARED : own(agentId), reply);
  if (!stored.created && (stored.reply.kind !== body.kind || stored.reply.title !== body.title)) {
    throw new RefusedError('conflict', 'A different reply already has this id');
  }
  if (stored.created && body.shared) await tellConsolesRepliesChanged(now);
  return stored;
}

export async function updateReply(agentId: string, replyId: string, body: ReplyUpdateBody, now: number): Promise<ReplyView> {
  const { owner, reply } = await findVisible(agentId, replyId);
  if (owner.shared) await requireAdmin(agentId);
  const misplaced = misplacedField(reply.kind, body);
  if (misplaced) throw new RefusedError('bad-frame', misplaced);
  const updated = await updateStored(owner, replyId, { folder: body.folder, title: body.title, text: body.text, textNl: body.textNl, link: body.link, updatedAt: now });
  if (!updated) throw new RefusedError('not-found', 'No such reply');
  if (owner.shared) await tellConsolesRepliesChanged(now);
  return updated;
}

/** Deleting a reply already gone answers not-found; nothing else changes. */
export async function deleteReply(agentId: string, replyId: string, now: number): Promise<void> {
  const { owner } = await findVisible(agentId, replyId);
  if (owner.shared) await requireAdmin(agentId);
  if (!(await deleteStored(owner, replyId))) throw new RefusedError('not-found', 'No such reply');
  if (owner.shared) await tellConsolesRepliesChanged(now);
}

/** Every live console that has the replies reads them again: an admin's correction reaches Insert and `/` at once. */
const tellConsolesRepliesChanged = (now: number) => tellEveryConsole({ type: 'replies.changed' }, now);

export async function markFavourite(agentId: string, replyId: string, favourite: boolean): Promise<void> {
  await findVisible(agentId, replyId);
  await setReplyFavourite(agentId, replyId, favourite);
}

export async function markUsed(agentId: string, replyId: string, now: number): Promise<void> {
  await findVisible(agentId, replyId);
  await setReplyUsed(agentId, replyId, now);
}
