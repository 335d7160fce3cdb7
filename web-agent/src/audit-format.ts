/**
 * How an audit entry's change reads in the log, in the console's words: "Role: Agent → Manager",
 * "Active: yes → no", "Thursday until: 17:00 → 16:00". A field the console has no word for keeps its name.
 */
import type { AuditEntry } from '../../functions/protocol/admin';
import type { AgentRole } from '../../functions/protocol';
import { ta } from './admin-strings';
import { ct } from './channels/strings';
import { fieldLabel } from './channels/field-labels';

type Value = string | boolean | undefined;

function label(entry: Pick<AuditEntry, 'action'>, field: string): string {
  if (entry.action.startsWith('channel.')) return fieldLabel(field, ct) ?? field;
  return Object.hasOwn(ta.auditFields, field) ? ta.auditFields[field as keyof typeof ta.auditFields] : field;
}

const AGENT_ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** A channel's agents as stored ("<id> (canRespond, manager); …"), with names and the permissions' words. */
function agentsText(value: string, nameOf: (id: string) => string | undefined): string {
  const permissions = ct.permissions as Record<string, string>;
  return value.replace(AGENT_ID, (id) => nameOf(id) ?? id).replace(/\(([^)]*)\)/g, (_, list: string) => `(${list.split(', ').filter(Boolean).map((p) => permissions[p] ?? p).join(', ')})`);
}

function show(entry: Pick<AuditEntry, 'action'>, field: string, value: Value, nameOf: (id: string) => string | undefined): string {
  if (value === true) return ta.auditValues.yes;
  if (value === false) return ta.auditValues.no;
  if (value === undefined || value === '') return '—';
  if (entry.action.startsWith('channel.')) return field === 'agents' ? agentsText(value, nameOf) : value === 'true' ? ta.auditValues.yes : value === 'false' ? ta.auditValues.no : value;
  if (field === 'role' && Object.hasOwn(ta.roles, value)) return ta.roles[value as AgentRole];
  if (field === 'credential' && (value === 'password' || value === 'invite')) return ta.auditValues[value];
  return value;
}

/** `nameOf`: an agent's name by id, for a channel's agents. */
export function describeChange(entry: Pick<AuditEntry, 'action' | 'before' | 'after'>, nameOf: (id: string) => string | undefined = () => undefined): string {
  const fields = [...new Set([...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})])];
  return fields
    .map((field) => {
      const now = show(entry, field, entry.after?.[field], nameOf);
      return entry.before && field in entry.before ? `${label(entry, field)}: ${show(entry, field, entry.before[field], nameOf)} → ${now}` : `${label(entry, field)}: ${now}`;
    })
    .join('; ');
}
