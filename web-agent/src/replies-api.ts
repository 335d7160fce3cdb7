/** The HTTP calls behind Insert, `/` and the replies editor. */
import type { RepliesResponse, ReplyCreateBody, ReplyUpdateBody, ReplyView } from '../../functions/protocol/replies';
import type { HttpError } from '../../functions/protocol/http';
import { CONSOLE_PATHS } from '../../functions/protocol/constants';
import type { Api } from './contacts-api';

/** The server refused a change; the message is its reason, e.g. "Only admins may change shared replies". */
export class ReplyRefusedError extends Error {}

async function call<T>({ config, token }: Api, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const res = await fetch(config.apiBase + path, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status >= 400 && res.status < 500 && res.status !== 401) {
    const refusal = (await res.json().catch(() => ({}))) as Partial<HttpError>;
    throw new ReplyRefusedError(refusal.error ?? `${path} answered HTTP ${res.status}`);
  }
  if (!res.ok) throw new Error(`${path} answered HTTP ${res.status}`);
  return res.status === 204 ? (undefined as T) : res.json();
}

const one = (replyId: string) => `${CONSOLE_PATHS.replies}/${encodeURIComponent(replyId)}`;

export const fetchReplies = (api: Api) => call<RepliesResponse>(api, 'GET', CONSOLE_PATHS.replies);
export const createReply = (api: Api, body: ReplyCreateBody) => call<ReplyView>(api, 'POST', CONSOLE_PATHS.replies, body);
export const updateReply = (api: Api, replyId: string, body: ReplyUpdateBody) => call<ReplyView>(api, 'POST', one(replyId), body);
export const deleteReply = (api: Api, replyId: string) => call<void>(api, 'POST', `${one(replyId)}/delete`);
export const setFavourite = (api: Api, replyId: string, favourite: boolean) => call<void>(api, 'POST', `${one(replyId)}/favourite`, { favourite });
export const markUsed = (api: Api, replyId: string) => call<void>(api, 'POST', `${one(replyId)}/used`);
