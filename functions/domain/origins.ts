/**
 * Which pages may open a customer chat. A browser always sends `Origin` on a WebSocket handshake
 * and a page cannot forge it, so checking it at `$connect` keeps a tenant's widget off other sites.
 * Agents are not checked here: their ticket comes from a login, not from the page they are on.
 */
export function originAllowed(origin: string | undefined, allowed: string[] | undefined): boolean {
  if (!allowed || allowed.length === 0) return true;
  if (!origin) return false;
  const normalised = origin.toLowerCase().replace(/\/+$/, '');
  return allowed.some((entry) => entry.toLowerCase().replace(/\/+$/, '') === normalised);
}

/** `Origin` from a `$connect` event's headers, whatever their casing (AWS keeps the browser's, Node lowercases). */
export function originHeader(headers: Record<string, string | undefined> | undefined): string | undefined {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((name) => name.toLowerCase() === 'origin');
  return key ? headers[key] : undefined;
}

/** A channel's own allowed origins when it lists any, else the tenant's (ALLOWED_ORIGINS); none: any page. */
export function allowedOriginsOf(channelOrigins: string[] | undefined, tenantOrigins: string[] | undefined): string[] | undefined {
  return channelOrigins && channelOrigins.length > 0 ? channelOrigins : tenantOrigins;
}
