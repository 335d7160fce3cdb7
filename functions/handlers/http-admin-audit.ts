/** GET /api/admin/audit?limit=&cursor=: the audit log, newest first, a page at a time; admins only. */
import { AUDIT_PAGE_MAX, type AuditResponse } from '../protocol';
import { BadCursorError, readAudit } from '../domain/audit';
import { asAdmin } from './lib/admin';
import { failure, json, type HttpHandler } from './lib/http';

const DEFAULT_PAGE = 25;

export const handler: HttpHandler = async (event) => {
  const admin = await asAdmin(event, Math.floor(Date.now() / 1000));
  if (!admin.ok) return admin.response;
  const { limit, cursor } = event.queryStringParameters ?? {};
  const size = limit === undefined ? DEFAULT_PAGE : Number(limit);
  if (!Number.isInteger(size) || size < 1) return failure(400, `limit must be a whole number from 1 (a page holds at most ${AUDIT_PAGE_MAX})`);
  try {
    return json(200, (await readAudit(size, cursor)) satisfies AuditResponse);
  } catch (error) {
    if (error instanceof BadCursorError) return failure(400, error.message);
    throw error;
  }
};
