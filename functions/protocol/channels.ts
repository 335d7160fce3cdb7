/**
 * A chat channel's settings (by topic and language): what admins configure, checked here once for
 * the console, the HTTP API and the admin command alike.
 */
import * as v from 'valibot';
import { contrastWithWhite, CONTRAST_MINIMUM } from './colour-contrast';
import { CHANNEL_ID, FONTS, OFFLINE_FORM_FIELDS, PRE_CHAT_FIELDS, REQUEST_PRIORITIES, WEEKDAYS, normaliseOrigin, PAGE_ORIGIN, type Weekday } from './channel-options';

export { CHANNEL_ID, FONTS, PRE_CHAT_FIELDS, REQUEST_PRIORITIES, WEEKDAYS, type Weekday };

const text = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max));
const required = (max: number, name: string) => v.pipe(v.string(), v.trim(), v.minLength(1, `${name} is required`), v.maxLength(max));
const clock = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use HH:MM, 00:00 to 23:59'));
const seconds = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
/** Only https images: an http one would be blocked as mixed content on the customer's page. */
const imageUrl = v.optional(v.pipe(v.string(), v.trim(), v.maxLength(500), v.url('must be a URL'), v.startsWith('https://', 'must be an https URL')));

/** When a range ends, as a clock time to compare with: an end of 00:00 is midnight, the day's end ("22:00 to 00:00"). */
export const rangeEnd = (range: { end: string }): string => (range.end === '00:00' ? '24:00' : range.end);

/** The queue message's placeholders (a word in braces): a misspelt one ("{positie}") would reach customers as typed. */
function knownPlaceholders(text: string): boolean {
  return [...text.matchAll(/\{(\p{L}+)\}/gu)].every(([, name]) => name === 'position' || name === 'wait');
}

const TimeRange = v.pipe(
  v.strictObject({ start: clock, end: clock }),
  v.check((range) => range.start < rangeEnd(range), 'must end after it starts (00:00 as the end is midnight)'),
);
export type TimeRange = v.InferOutput<typeof TimeRange>;

/** isoDate checks the form only: 2026-02-30 has it, and Date would quietly read it as 2 March. */
function inCalendar(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
}
const calendarDate = v.pipe(v.string(), v.isoDate('use YYYY-MM-DD'), v.check(inCalendar, 'is not a date in the calendar'));

/** Each field at most once: a list like ['name', 'name'] is a client's mistake, not a choice. */
const fieldList = <T extends readonly [string, ...string[]]>(fields: T) =>
  v.pipe(v.array(v.picklist(fields)), v.check((list) => new Set(list).size === list.length, 'lists a field twice'));

const TimeZone = v.pipe(v.string(), v.check((zone) => {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'is not a known IANA time zone (e.g. Europe/Amsterdam)'));

const contains = (outer: TimeRange, inner: TimeRange) => outer.start <= inner.start && rangeEnd(inner) <= rangeEnd(outer);

export const OpeningHours = v.pipe(
  v.strictObject({
    /** Off: the channel is open whenever someone is Present. */
    enabled: v.boolean(),
    timeZone: TimeZone,
    /** A weekday without hours is closed all day. */
    days: v.strictObject(Object.fromEntries(WEEKDAYS.map((day) => [day, v.optional(TimeRange)])) as Record<Weekday, v.OptionalSchema<typeof TimeRange, undefined>>),
    /** One break for every open day. */
    lunch: v.optional(TimeRange),
    /** Whole days closed (holidays), as YYYY-MM-DD in the channel's time zone. */
    closedDates: v.pipe(v.array(calendarDate), v.maxLength(366)),
  }),
  // Days differ (a short Saturday may end before the break), so the break need fit only one; one
  // that fits none (20:00–21:00 on 09:00–17:00 days) closes nothing and is a mistake.
  v.forward(v.check((hours) => !hours.lunch || Object.values(hours.days).some((day) => day && contains(day, hours.lunch!)), 'must fall within the opening hours of an open day'), ['lunch']),
);
export type OpeningHours = v.InferOutput<typeof OpeningHours>;


export const WidgetLook = v.strictObject({
  theme: v.picklist(['light', 'dark']),
  color: v.pipe(
    v.string(),
    v.regex(/^#[0-9a-fA-F]{6}$/, 'use a colour like #1f6feb'),
    v.check((color) => contrastWithWhite(color) >= CONTRAST_MINIMUM, "is too light for the widget's white text; choose a darker colour"),
  ),
  font: v.picklist(FONTS),
  logoUrl: imageUrl,
  agentPhotoUrl: imageUrl,
  /** Empty: the widget's built-in words, in the visitor's language (as for every text below). */
  header: text(60),
  welcome: text(500),
  /** `{position}` and `{wait}` are filled in for the waiting customer. */
  queueMessage: v.pipe(text(300), v.check(knownPlaceholders, 'fills in only {position} and {wait}; check the spelling between the braces')),
});
export type WidgetLook = v.InferOutput<typeof WidgetLook>;

export const ChannelAgent = v.strictObject({
  agentId: v.pipe(v.string(), v.uuid('must be an agent id')),
  canRespond: v.boolean(),
  notifications: v.boolean(),
  canListenIn: v.boolean(),
  manager: v.boolean(),
});
export type ChannelAgent = v.InferOutput<typeof ChannelAgent>;

/** A web page's origin as a browser sends it: scheme://host[:port], no path; stored lowercase without a trailing slash. */
export const PageOrigin = v.pipe(
  v.string(), v.transform(normaliseOrigin), v.regex(PAGE_ORIGIN, 'use scheme://host[:port], e.g. https://shop.example'),
);


export const ChannelSettings = v.strictObject({
  id: v.pipe(v.string(), v.regex(CHANNEL_ID, 'use 1-40 lowercase letters, digits and dashes, starting and ending with a letter or digit')),
  name: required(80, 'name'),
  /** `auto`: the visitor's browser language (English or Dutch). */
  language: v.picklist(['auto', 'en', 'nl']),
  launcherText: text(40),
  /** Unanswered-chat warning to Present agents with Notifications, and the later one to managers. */
  unansweredWarningSeconds: seconds(10, 3600),
  managerWarningSeconds: seconds(10, 7200),
  hours: OpeningHours,
  look: WidgetLook,
  agents: v.pipe(v.array(ChannelAgent), v.maxLength(500), v.check((agents) => new Set(agents.map((a) => a.agentId)).size === agents.length, 'lists an agent twice')),
  offlineForm: v.pipe(
    v.strictObject({
      text: text(500),
      createsRequest: v.boolean(),
      /** Used only while createsRequest is on. */
      category: text(60),
      priority: v.picklist(REQUEST_PRIORITIES),
      requiredFields: fieldList(OFFLINE_FORM_FIELDS),
    }),
    // Refused rather than filled in: the admin cleared it, and a made-up category would file requests where nobody looks.
    v.forward(v.check((form) => !form.createsRequest || form.category !== '', 'is required while the offline form creates a request'), ['category']),
  ),
  preChatForm: v.strictObject({
    requiredFields: fieldList(PRE_CHAT_FIELDS),
    /** Show the three FAQs that best match the question before the chat starts. */
    faqSuggestions: v.boolean(),
  }),
  postChatForm: v.strictObject({ enabled: v.boolean(), text: text(500), transcriptByEmail: v.boolean() }),
  /** Answers first and hands the chat to the queue when it says so, fails or times out. */
  bot: v.optional(v.strictObject({
    url: v.pipe(v.string(), v.trim(), v.maxLength(500), v.url('must be a URL'), v.regex(/^https?:\/\//, 'must be an http(s) URL')),
    timeoutMs: v.pipe(v.number(), v.integer(), v.minValue(500), v.maxValue(10_000)),
  })),
  /** Pages whose widget may chat on this channel; empty or absent: the tenant's allowed origins. Never shown to the widget. */
  allowedOrigins: v.optional(v.pipe(v.array(PageOrigin), v.maxLength(50), v.check((origins) => new Set(origins).size === origins.length, 'lists an origin twice'))),
});
export type ChannelSettings = v.InferOutput<typeof ChannelSettings>;

/** A save names the version it was edited from, so two admins cannot silently overwrite each other. */
export const ChannelSaveBody = v.pipe(
  v.strictObject({
    settings: v.pipe(ChannelSettings, v.check((s) => s.managerWarningSeconds > s.unansweredWarningSeconds, 'managerWarningSeconds must be later than unansweredWarningSeconds')),
    /** 0 to create a new channel, or for the default channel's first save. */
    version: v.pipe(v.number(), v.integer(), v.minValue(0)),
    /**
     * A new channel ("New channel"), refused if its id is taken. Without it a version-0 save of the
     * default channel is that channel's first save, since the default channel exists before it is stored.
     */
    create: v.optional(v.boolean()),
  }),
  v.forward(v.check((body) => !body.create || body.version === 0, 'a new channel is saved from version 0'), ['version']),
);
export type ChannelSaveBody = v.InferOutput<typeof ChannelSaveBody>;

export interface StoredChannel { settings: ChannelSettings; version: number; updatedAt: number; updatedBy: string }
export interface ChannelsResponse { channels: StoredChannel[] }

/** A channel as every agent may know it: how the console names a chat's channel. */
export interface ChannelName {
  id: string;
  name: string;
  /** What the agent who asked may do there: answer its chats, and be warned of those left waiting. */
  canRespond: boolean;
  notifications: boolean;
  /** Manages the channel's chats: takes them over and hands them over without an accept step. */
  manager: boolean;
  /** When a chat waiting there raises the unanswered-chat warning, and the manager warning. */
  unansweredWarningSeconds: number;
  managerWarningSeconds: number;
  /** Who may answer its chats (the agents a transfer may go to); absent when the channel lists no agents, so everyone may. */
  responders?: string[];
}
export interface ChannelNamesResponse { channels: ChannelName[] }

/** What the widget needs of its channel: no agent list, no bot URL. */
export interface WidgetChannelView {
  id: string;
  name: string;
  language: 'auto' | 'en' | 'nl';
  launcherText: string;
  look: WidgetLook;
  /** The CSS font-family of look.font, so the widget carries no font table. */
  fontFamily: string;
  openNow: boolean;
  /** Without createsRequest the offline form is its text alone. */
  offlineForm: { text: string; requiredFields: string[]; createsRequest: boolean };
  preChatForm: ChannelSettings['preChatForm'];
  postChatForm: { enabled: boolean; text: string; transcriptByEmail: boolean };
}
