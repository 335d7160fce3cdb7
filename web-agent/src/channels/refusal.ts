/**
 * A refused save in the admin's words. The server names what it refused by its place in the
 * settings ("settings.look.header: Invalid length…", "settings.hours.closedDates.0: use YYYY-MM-DD");
 * the editor says which field, by the label the admin sees, in the console's language.
 */
import type { ChannelStrings } from './strings-en';

/** Settings paths and the labels of their fields; a longer path is found under its nearest listed prefix. */
const LABELS: Record<string, (s: ChannelStrings) => string> = {
  id: (s) => s.id,
  name: (s) => s.name,
  launcherText: (s) => s.launcherText,
  unansweredWarningSeconds: (s) => s.unansweredWarning,
  managerWarningSeconds: (s) => s.managerWarning,
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
  'look.color': (s) => s.color,
  'look.logoUrl': (s) => s.logoUrl,
  'look.agentPhotoUrl': (s) => s.agentPhotoUrl,
  'look.header': (s) => s.header,
  'look.welcome': (s) => s.welcome,
  'look.queueMessage': (s) => s.queueMessage,
  'offlineForm.text': (s) => s.offlineText,
  'offlineForm.category': (s) => s.category,
  'postChatForm.text': (s) => s.postChatText,
  'bot.url': (s) => s.botUrl,
  'bot.timeoutMs': (s) => s.botTimeout,
  allowedOrigins: (s) => s.origins,
};

export interface Refusal {
  /** The label of the field refused, when the reason names one. */
  label?: string;
  text: string;
}

export function describeRefusal(reason: string, words: ChannelStrings): Refusal {
  const [place, detail = ''] = reason.split(/: (.*)/s);
  // The save's own rule between two fields names the later one.
  if (/managerWarningSeconds must be later/.test(reason)) return { label: words.managerWarning, text: words.managerAfterUnanswered };
  const path = place.replace(/^settings\.?/, '');
  const key = Object.keys(LABELS).filter((k) => path === k || path.startsWith(`${k}.`)).sort((a, b) => b.length - a.length)[0];
  if (!key) return { text: reason };
  const label = LABELS[key](words);
  return { label, text: words.invalidField(label, detail) };
}
