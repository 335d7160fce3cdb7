/**
 * A channel setting's label by its path in the settings ("look.header", "hours.days.thu.end"), as
 * the server names it in a refusal or an audit entry: the nearest listed path's label, then "from" or
 * "until" for a time range's ends. Undefined for a path the console has no word for.
 */
import type { ChannelStrings } from './strings-en';

const LABELS: Record<string, (s: ChannelStrings) => string> = {
  id: (s) => s.id,
  name: (s) => s.name,
  language: (s) => s.language,
  launcherText: (s) => s.launcherText,
  unansweredWarningSeconds: (s) => s.unansweredWarning,
  managerWarningSeconds: (s) => s.managerWarning,
  hours: (s) => s.hours,
  'hours.enabled': (s) => s.hoursEnabled,
  'hours.timeZone': (s) => s.timeZone,
  'hours.closedDates': (s) => s.closedDates,
  'hours.lunch': (s) => s.lunch,
  'hours.days.mon': (s) => s.days.mon,
  'hours.days.tue': (s) => s.days.tue,
  'hours.days.wed': (s) => s.days.wed,
  'hours.days.thu': (s) => s.days.thu,
  'hours.days.fri': (s) => s.days.fri,
  'hours.days.sat': (s) => s.days.sat,
  'hours.days.sun': (s) => s.days.sun,
  look: (s) => s.look,
  'look.theme': (s) => s.theme,
  'look.color': (s) => s.color,
  'look.font': (s) => s.font,
  'look.logoUrl': (s) => s.logoUrl,
  'look.agentPhotoUrl': (s) => s.agentPhotoUrl,
  'look.header': (s) => s.header,
  'look.welcome': (s) => s.welcome,
  'look.queueMessage': (s) => s.queueMessage,
  agents: (s) => s.agents,
  offlineForm: (s) => s.offlineForm,
  'offlineForm.text': (s) => `${s.offlineForm}: ${s.offlineText}`,
  'offlineForm.createsRequest': (s) => s.createsRequest,
  'offlineForm.category': (s) => s.category,
  'offlineForm.priority': (s) => s.priority,
  'offlineForm.requiredFields': (s) => `${s.offlineForm}: ${s.required}`,
  preChatForm: (s) => s.preChatForm,
  'preChatForm.requiredFields': (s) => `${s.preChatForm}: ${s.required}`,
  'preChatForm.faqSuggestions': (s) => s.faqSuggestions,
  postChatForm: (s) => s.postChatForm,
  'postChatForm.enabled': (s) => s.postChatEnabled,
  'postChatForm.text': (s) => `${s.postChatForm}: ${s.postChatText}`,
  'postChatForm.transcriptByEmail': (s) => s.transcriptByEmail,
  bot: (s) => s.bot,
  'bot.url': (s) => s.botUrl,
  'bot.timeoutMs': (s) => s.botTimeout,
  allowedOrigins: (s) => s.origins,
};

export function fieldLabel(path: string, words: ChannelStrings): string | undefined {
  const key = Object.keys(LABELS).filter((k) => path === k || path.startsWith(`${k}.`)).sort((a, b) => b.length - a.length)[0];
  if (!key) return undefined;
  const rest = path.slice(key.length + 1);
  const end = rest === 'start' ? ` ${words.from}` : rest === 'end' ? ` ${words.until}` : '';
  return LABELS[key](words) + end;
}
