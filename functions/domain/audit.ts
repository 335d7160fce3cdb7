/** The admin audit log: who changed which agent, when, and the changed fields before and after. */
import { randomUUID } from 'node:crypto';
import { AUDIT_PAGE_MAX, type AuditAction, type AuditEntry, type AuditResponse } from '../protocol';
import { appendAudit, auditPage } from '../store';

/** Whoever makes an admin change: an admin in the console, an agent using their own link, or the admin command. */
export interface Actor { id: string; name: string }

interface Subject { id: string; name: string; email: string }
type Fields = Record<string, string | boolean>;

export async function record(actor: Actor, action: AuditAction, target: Subject, now: number, change: { before?: Fields; after?: Fields } = {}): Promise<void> {
  const entry: AuditEntry = {
    id: randomUUID(), at: now, action, actor: { id: actor.id, name: actor.name },
    target: { id: target.id, name: target.name, email: target.email }, ...change,
  };
  await appendAudit(entry);
}

/** A page of the log, newest first; `next` is an opaque cursor for the page after it. */
export async function readAudit(limit: number, cursor?: string): Promise<AuditResponse> {
  const after = cursor ? decodeCursor(cursor) : undefined;
  const { entries, last } = await auditPage(Math.min(Math.max(1, limit), AUDIT_PAGE_MAX), after);
  return { entries, ...(last ? { next: Buffer.from(last).toString('base64url') } : {}) };
}

export class BadCursorError extends Error {}

function decodeCursor(cursor: string): string {
  const text = /^[A-Za-z0-9_-]{1,200}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!/^\d{15}#[0-9a-f-]{36}$/.test(text)) throw new BadCursorError('cursor is not valid');
  return text;
}
