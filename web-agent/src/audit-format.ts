/** How an audit entry's change reads in the log: "role: Agent → Manager", "active: yes → no". */
import type { AuditEntry } from '../../functions/protocol/admin';

const show = (value: string | boolean | undefined) => (value === true ? 'yes' : value === false ? 'no' : value ?? '—');

export function describeChange(entry: Pick<AuditEntry, 'before' | 'after'>): string {
  const fields = [...new Set([...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})])];
  return fields
    .map((field) => (entry.before && field in entry.before ? `${field}: ${show(entry.before[field])} → ${show(entry.after?.[field])}` : `${field}: ${show(entry.after?.[field])}`))
    .join('; ');
}
