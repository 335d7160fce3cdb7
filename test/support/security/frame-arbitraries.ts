/**
 * Frames for fuzzing, derived from the protocol itself: every WebSocket route in the manifest and
 * every field of its valibot schema. A route or field added there is fuzzed without touching this file.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { handlers } from '../../../infra/manifest';
import { ClientFrame, parseClientFrame } from '../../../functions/protocol';

type Schema = v.GenericSchema & {
  type: string;
  wrapped?: Schema;
  entries?: Record<string, Schema>;
  options?: unknown[];
  literal?: unknown;
  key?: Schema;
  value?: Schema;
  pipe?: { type: string; requirement?: unknown }[];
};

/** Action routes of the WebSocket API, as API Gateway knows them (the `$` routes carry no frames). */
export const actionRoutes = handlers.flatMap((h) => (h.trigger.kind === 'websocket' && !h.trigger.route.startsWith('$') ? [h.trigger.route] : []));

/** Each action's schema, from the variant every inbound frame is validated against. */
export const schemaByAction = new Map<string, Schema>(
  (ClientFrame.options as unknown as Schema[]).flatMap((schema) => {
    const action = schema.entries!.action;
    const actions = action.type === 'literal' ? [action.literal as string] : (action.options as string[]);
    return actions.map((a) => [a, schema] as const);
  }),
);

/** Field values worth trying beyond what the schema allows: the fuzzer's own taste in trouble. */
const hostile = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.constantFrom('', ' ', '\u0000', '__proto__', '{"$ne":null}', "' OR '1'='1", '<script>alert(1)</script>', 'CHAT#x', '../../etc/passwd', '\ud800'),
  fc.string({ minLength: 4001, maxLength: 9000 }),
  fc.double(),
  fc.constantFrom(-1, 0, 1.5, Number.MAX_SAFE_INTEGER, 1e308),
);

/** Values a field's schema accepts (best effort: the checks are read from the schema's pipe). */
export function arbitraryFor(schema: Schema, fieldName = '', overrides: Record<string, fc.Arbitrary<unknown>> = {}): fc.Arbitrary<unknown> {
  if (overrides[fieldName]) return overrides[fieldName];
  const check = (type: string) => schema.pipe?.find((p) => p.type === type)?.requirement;
  switch (schema.type) {
    case 'optional': return arbitraryFor(schema.wrapped!, fieldName, overrides);
    case 'literal': return fc.constant(schema.literal);
    case 'picklist': return fc.constantFrom(...(schema.options as unknown[]));
    case 'boolean': return fc.boolean();
    case 'number': return fc.integer({ min: (check('min_value') as number) ?? -1000, max: (check('max_value') as number) ?? 100_000 });
    case 'string': {
      const regex = check('regex') as RegExp | undefined;
      if (regex) return fc.stringMatching(regex);
      if (schema.pipe?.some((p) => p.type === 'email')) return fc.emailAddress();
      // A custom check (e.g. "empty or an email address") cannot be read: try likely shapes, keep what the field accepts.
      if (schema.pipe?.some((p) => p.type === 'check')) {
        return fc.oneof(fc.constant(''), fc.emailAddress(), fc.stringMatching(/^\+?[1-9][0-9]{6,12}$/), fc.string({ maxLength: 40 })).filter((s) => v.is(schema, s));
      }
      return fc.string({ minLength: (check('min_length') as number) ?? 0, maxLength: Math.min((check('max_length') as number) ?? 200, 300) }).filter((s) => s.trim().length > 0);
    }
    case 'record': return fc.dictionary(arbitraryFor(schema.key!) as fc.Arbitrary<string>, arbitraryFor(schema.value!), { maxKeys: 3 });
    case 'strict_object':
    case 'object': {
      const entries = Object.entries(schema.entries!);
      const required = entries.filter(([, s]) => s.type !== 'optional').map(([k]) => k);
      return fc.record(Object.fromEntries(entries.map(([k, s]) => [k, arbitraryFor(s, k, overrides)])), { requiredKeys: required });
    }
    default: return hostile;
  }
}

/** Schema-valid frames for one action; `overrides` pin fields (e.g. chat ids of someone else's chats). */
export function validFrames(action: string, overrides: Record<string, fc.Arbitrary<unknown>> = {}): fc.Arbitrary<Record<string, unknown>> {
  const schema = schemaByAction.get(action);
  if (!schema) throw new Error(`route ${action} has no schema in ClientFrame`);
  return (arbitraryFor(schema, '', { ...overrides, action: fc.constant(action) }) as fc.Arbitrary<Record<string, unknown>>)
    .filter((frame) => parseClientFrame(JSON.stringify(frame)).ok);
}

/** How a valid frame is bent out of shape. Add a row to try another kind of damage. */
export const MUTATIONS: Record<string, (frame: Record<string, unknown>) => fc.Arbitrary<unknown>> = {
  'field dropped': (f) => fc.constantFrom(...Object.keys(f)).map((k) => omit(f, k)),
  'field retyped': (f) => fc.tuple(fc.constantFrom(...Object.keys(f)), hostile).map(([k, value]) => ({ ...f, [k]: value })),
  'extra field': (f) => fc.tuple(fc.constantFrom('admin', 'role', 'agentId', 'visitorId', '__proto__', 'constructor', 'pk', 'status'), hostile).map(([k, value]) => ({ ...f, [k]: value })),
  'action swapped': (f) => fc.constantFrom(...actionRoutes, 'chat.delete', '$connect', '$disconnect', '$default', 'CHAT', '').map((action) => ({ ...f, action })),
  'action missing or odd': (f) => fc.constantFrom(undefined, null, 42, ['message.send'], { $eq: 'sync' }).map((action) => ({ ...f, action })),
  'not an object': (f) => fc.constantFrom([f], JSON.stringify(f), null, 0, true),
  'text too long': (f) => fc.integer({ min: 4001, max: 20_000 }).map((n) => ({ ...f, text: 'x'.repeat(n), name: 'n'.repeat(Math.min(n, 120)) })),
};

export const omit = (f: Record<string, unknown>, key: string) => Object.fromEntries(Object.entries(f).filter(([k]) => k !== key));

/** A mutated frame, as its wire body, guaranteed to fail validation (valid mutants are dropped). */
export function invalidBodies(action: string): fc.Arbitrary<{ mutation: string; body: string }> {
  return validFrames(action)
    .chain((frame) => fc.constantFrom(...Object.keys(MUTATIONS)).chain((mutation) => MUTATIONS[mutation](frame).map((mutant) => ({ mutation, body: JSON.stringify(mutant) ?? 'undefined' }))))
    .filter(({ body }) => !parseClientFrame(body).ok);
}

/** Bodies that are not frames at all: broken JSON, truncations, noise. */
export const malformedBodies: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 200 }).filter((s) => { try { JSON.parse(s); return false; } catch { return true; } }),
  fc.json().map((j) => j.slice(0, Math.max(1, Math.floor(j.length / 2))) + '{').filter((s) => { try { JSON.parse(s); return false; } catch { return true; } }),
  fc.constantFrom('{', '{"action":', '{"action":"message.send"', 'null}', '\u0000\u0001', '{"action":"sync"}}', '[[[[[[[[[[[[[['),
);
