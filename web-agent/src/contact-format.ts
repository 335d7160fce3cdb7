/** How the side panel words a person's records: activities, durations, requests. */
import type { ActivityView } from '../../functions/protocol/contacts';
import type { RequestView } from '../../functions/protocol/http';
import { formatDateTime, formatTime } from './format';
import { t } from './strings';

/** Clock time for something earlier today, date and time before that. */
export function formatWhen(at: number, now = Date.now()): string {
  return new Date(at).toDateString() === new Date(now).toDateString() ? formatTime(at) : formatDateTime(at);
}

/** When a chat ran, from its start to its end (once known): "14:02–14:19", or with both dates across midnight. */
export function formatSpan(start: number, end: number | undefined, now = Date.now()): string {
  if (end === undefined) return formatWhen(start, now);
  const sameDay = new Date(start).toDateString() === new Date(end).toDateString();
  return sameDay ? `${formatWhen(start, now)}–${formatTime(end)}` : `${formatWhen(start, now)} – ${formatWhen(end, now)}`;
}

/** A chat's length as the Statistics tab gives one: seconds, then minutes and seconds ("1 min 28 s"), then hours and minutes. */
export function formatDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  if (total < 60) return t.contact.seconds(total);
  if (total < 3600) return total % 60 ? `${t.contact.minutes(Math.floor(total / 60))} ${t.contact.seconds(total % 60)}` : t.contact.minutes(total / 60);
  const minutes = Math.round(total / 60);
  return t.contact.hours(Math.floor(minutes / 60), minutes % 60);
}

/** e.g. "Chat ended 14:32 · Anna de Vries · 1 min 28 s · 12 messages". */
export function activityLine(activity: ActivityView, when: (at: number) => string = formatWhen): string {
  return [t.contact.chatEnded(when(activity.at)), activity.agentName, formatDuration(activity.durationSeconds), t.contact.messageCount(activity.messages)]
    .filter(Boolean)
    .join(' · ');
}

/** e.g. "#4 Parcel lost": an offline-form request has no title, so its message stands in. */
export const requestHeading = (request: RequestView): string => `#${request.number} ${request.title ?? request.message}`;

/** e.g. "High · created 14:32". */
export function requestDetails(request: RequestView, when: (at: number) => string = formatWhen): string {
  return [request.priority && t.request.priorities[request.priority], request.category, t.contact.created(when(request.createdAt))].filter(Boolean).join(' · ');
}
