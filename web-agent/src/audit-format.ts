/**
 * How an audit entry's change reads in the log, in the console's words: "Role: Agent → Manager",
 * "Active: yes → no", "Thursday until: 17:00 → 16:00". A field the console has no word for keeps its name.
 */
import type { AuditEntry } from '../../functions/protocol/admin';
import type { AgentRole } from '../../functions/protocol';
import { ta } from './admin-strings';
import { ct } from './channels/strings';
import { fieldLabel } from './channels/field-labels';
import { t } from './strings';

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

/** A word the settings form shows for a stored value ("dark" → "Dark"), or the value itself. */
const wordFor = (words: Record<string, string>, value: string) => (Object.hasOwn(words, value) ? words[value] : value);

/** A channel setting's stored value in the words of the settings form: languages, themes, fonts, priorities, form fields. */
function channelValue(field: string, value: string): string {
  if (field === 'language') return wordFor(ct.languages, value);
  if (field === 'look.theme') return wordFor(ct.themes, value);
  if (field === 'look.font') return wordFor(ct.fonts, value);
  if (field === 'offlineForm.priority') return wordFor(t.request.priorities, value);
  if (field.endsWith('.requiredFields')) return value.split(', ').map((name) => wordFor(ct.fields, name)).join(', ');
  return value;
}

function show(entry: Pick<AuditEntry, 'action'>, field: string, value: Value, nameOf: (id: string) => string | undefined): string {
  if (value === true) return ta.auditValues.yes;
  if (value === false) return ta.auditValues.no;
  if (value === undefined || value === '') return '—';
  if (entry.action.startsWith('channel.')) {
    if (field === 'agents') return agentsText(value, nameOf);
    return value === 'true' ? ta.auditValues.yes : value === 'false' ? ta.auditValues.no : channelValue(field, value);
  }
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
