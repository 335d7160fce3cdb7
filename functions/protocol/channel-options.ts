/** Plain values of channel settings, apart from the valibot schemas so the frontends can import them cheaply. */
export const CHANNEL_ID = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const FONTS = ['system', 'serif', 'rounded', 'mono'] as const;
export const PRE_CHAT_FIELDS = ['name', 'email', 'phone', 'question'] as const;
export const OFFLINE_FORM_FIELDS = ['name', 'email', 'message'] as const;
/** A page origin as browsers send it: scheme://host[:port], lowercase, no path or trailing slash. */
export const PAGE_ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/;
/** How an admin's typed origin is compared and stored. */
export const normaliseOrigin = (origin: string) => origin.trim().toLowerCase().replace(/\/+$/, '');
export const REQUEST_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;

/** The CSS font stack of each font choice: the widget and the console's preview draw with the same. */
export const FONT_STACKS: Record<(typeof FONTS)[number], string> = {
  system: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  serif: "Georgia, 'Times New Roman', serif",
  rounded: "ui-rounded, 'SF Pro Rounded', 'Nunito', system-ui, sans-serif",
  mono: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace",
};
