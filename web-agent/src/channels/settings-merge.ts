/**
 * An admin's unsaved edits laid over a channel someone else saved meanwhile: every setting the admin
 * changed from what they started with is applied to the channel as it is now, every other setting
 * stays as the other admin left it. Lists (agents, origins, closed days, form fields) count as one
 * setting each. Where both changed the same setting differently, the admin's edit wins and the
 * setting is named, so they can look at it before saving.
 */
import type { ChannelSettings } from '../../../functions/protocol/channels';

type Json = unknown;

const isRecord = (value: Json): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);
const same = (a: Json, b: Json) => JSON.stringify(a) === JSON.stringify(b);

export interface Merged {
  settings: ChannelSettings;
  /** The paths ("look.header") both admins changed, differently; the admin's own value was kept. */
  clashes: string[];
}

export function mergeEdits(base: ChannelSettings, edited: ChannelSettings, current: ChannelSettings): Merged {
  const clashes: string[] = [];
  const merge = (b: Json, e: Json, c: Json, path: string): Json => {
    if (same(b, e)) return c;
    if (isRecord(b) && isRecord(e) && isRecord(c)) {
      const out: Record<string, Json> = { ...c };
      for (const key of new Set([...Object.keys(b), ...Object.keys(e)])) {
        const value = merge(b[key], e[key], c[key], path ? `${path}.${key}` : key);
        if (value === undefined) delete out[key];
        else out[key] = value;
      }
      return out;
    }
    if (!same(b, c) && !same(e, c)) clashes.push(path);
    return e;
  };
  return { settings: merge(base, edited, current, '') as ChannelSettings, clashes };
}
