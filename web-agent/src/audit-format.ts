/**
 * How an audit entry's change reads in the log, in the console's words: "Role: Agent → Manager",
 * "Active: yes → no", "Launcher text: "" → "Ask us"". A field the console has no word for keeps its name.
 */
import type { AuditEntry } from '../../functions/protocol/admin';
import type { AgentRole } from '../../functions/protocol';
import type { ChannelSettings } from '../../functions/protocol/channels';
import { ta } from './admin-strings';
import { ct } from './channels/strings';

type Value = string | boolean | undefined;

const channelSections: Record<keyof ChannelSettings, string> = {
  id: ct.id,
  name: ct.name,
  language: ct.language,
  launcherText: ct.launcherText,
  unansweredWarningSeconds: ct.unansweredWarning,
  managerWarningSeconds: ct.managerWarning,
  hours: ct.hours,
  look: ct.look,
  agents: ct.agents,
  offlineForm: ct.offlineForm,
  preChatForm: ct.preChatForm,
  postChatForm: ct.postChatForm,
  bot: ct.bot,
  allowedOrigins: ct.origins,
};

function label(entry: Pick<AuditEntry, 'action'>, field: string): string {
  const labels: Record<string, string> = entry.action.startsWith('channel.') ? channelSections : ta.auditFields;
  return Object.hasOwn(labels, field) ? labels[field] : field;
}

function show(entry: Pick<AuditEntry, 'action'>, field: string, value: Value): string {
  if (value === true) return ta.auditValues.yes;
  if (value === false) return ta.auditValues.no;
  if (value === undefined) return '—';
  if (entry.action.startsWith('channel.')) return value;
  if (field === 'role' && Object.hasOwn(ta.roles, value)) return ta.roles[value as AgentRole];
  if (field === 'credential' && (value === 'password' || value === 'invite')) return ta.auditValues[value];
  return value;
}

export function describeChange(entry: Pick<AuditEntry, 'action' | 'before' | 'after'>): string {
  const fields = [...new Set([...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})])];
  return fields
    .map((field) => {
      const now = show(entry, field, entry.after?.[field]);
      return entry.before && field in entry.before ? `${label(entry, field)}: ${show(entry, field, entry.before[field])} → ${now}` : `${label(entry, field)}: ${now}`;
    })
    .join('; ');
}
