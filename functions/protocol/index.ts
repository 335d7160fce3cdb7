/** The wire protocol: imported by the handlers and by both frontends. */
import * as v from 'valibot';
import { ClientFrame } from './client-frames';

export * from './client-frames';
export * from './server-frames';
export * from './http';

/** A refusal's `field`: the top-level field the first problem is in, when it is in one. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string; field?: string };

/** Validates a schema against unknown input; the reason names the offending field. */
export function parseWith<S extends v.GenericSchema>(schema: S, input: unknown): ParseResult<v.InferOutput<S>> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  const path = v.getDotPath(issue);
  const field = issue.path?.[0]?.key;
  return { ok: false, reason: path ? `${path}: ${issue.message}` : issue.message, ...(typeof field === 'string' && { field }) };
}

/** Parses a raw WebSocket body into a client frame, or a reason it was refused. */
export function parseClientFrame(body: string | null | undefined): ParseResult<ClientFrame> {
  if (!body) return { ok: false, reason: 'empty frame' };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'frame is not valid JSON' };
  }
  return parseWith(ClientFrame, json);
}
export { HEARTBEAT_SECONDS } from './constants';
export * from './events';
export * from './contacts';
export * from './channels';
export * from './bot';
export * from './replies';
export * from './stats';
export * from './admin';
export * from './history';
