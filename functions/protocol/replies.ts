/**
 * Predefined texts: FAQ, reply templates and quick replies, in folders. FAQ and templates are
 * shared (admins manage them); quick replies are shared or an agent's own.
 */
import * as v from 'valibot';
import { MAX_TEXT } from './constants';

export type ReplyKind = 'faq' | 'template' | 'quick';

export interface ReplyView {
  replyId: string;
  kind: ReplyKind;
  /** Shared with every agent (managed by admins), or the signed-in agent's own quick reply. */
  shared: boolean;
  folder: string;
  /** FAQ: the question; template or quick reply: its name, which `/` in the composer matches. */
  title: string;
  /** FAQ: the answer; template: its English text; quick reply: its text. */
  text: string;
  /** Template only: the Dutch text, used in chats held in Dutch. */
  textNl?: string;
  /** FAQ only: a page that answers the question; inserted instead of the answer. */
  link?: string;
  updatedAt: number;
}

/** GET /api/replies: everything the agent may insert, and their own favourites and recent uses. */
export interface RepliesResponse {
  replies: ReplyView[];
  favourites: string[];
  /** Most recently used first. */
  recent: string[];
  /** Whether this agent may create, edit and delete shared replies (admins). */
  canManageShared: boolean;
}

/** Folder used when none is given. */
export const DEFAULT_FOLDER = 'General';

const optionalText = (max: number) =>
  v.optional(v.pipe(v.string(), v.trim(), v.maxLength(max, `must be at most ${max} characters`), v.transform((s) => s || undefined)));

const fields = {
  folder: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(60, 'must be at most 60 characters'), v.transform((s) => s || DEFAULT_FOLDER)), DEFAULT_FOLDER),
  title: v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(120, 'must be at most 120 characters')),
  text: v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(MAX_TEXT, `must be at most ${MAX_TEXT} characters`)),
  textNl: optionalText(MAX_TEXT),
  link: v.optional(v.pipe(
    v.string(),
    v.trim(),
    v.maxLength(2000, 'must be at most 2000 characters'),
    // Only web pages: a `javascript:` or `data:` link inserted into a chat would be a trap for the customer.
    v.regex(/^https?:\/\/[^\s]+$/i, 'must be a web address starting with http:// or https://'),
    v.url('must be a web address'),
  )),
};

/** Fields an edit may change; the kind and whether it is shared stay as created. */
export const ReplyUpdateBody = v.strictObject(fields);
export type ReplyUpdateBody = v.InferOutput<typeof ReplyUpdateBody>;

export const ReplyCreateBody = v.pipe(
  v.strictObject({
    /** Chosen by the client, so a retried create cannot make a second copy. */
    replyId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8–64 letters, digits, _ or -')),
    kind: v.picklist(['faq', 'template', 'quick'], 'must be faq, template or quick'),
    shared: v.boolean(),
    ...fields,
  }),
  v.forward(v.check((body) => body.shared || body.kind === 'quick', 'only quick replies can be personal; FAQ and templates are shared'), ['shared']),
);
export type ReplyCreateBody = v.InferOutput<typeof ReplyCreateBody>;

/** The fields a kind does not have; an edit or create that sets one is refused. */
export function misplacedField(kind: ReplyKind, body: { link?: string; textNl?: string }): string | undefined {
  if (body.link !== undefined && kind !== 'faq') return 'link: only an FAQ has a link';
  if (body.textNl !== undefined && kind !== 'template') return 'textNl: only a template has a Dutch text';
  return undefined;
}

export const ReplyFavouriteBody = v.strictObject({ favourite: v.boolean() });
export type ReplyFavouriteBody = v.InferOutput<typeof ReplyFavouriteBody>;
