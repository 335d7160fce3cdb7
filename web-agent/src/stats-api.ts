/** The Statistics tab's call for figures (the Dashboard's live figures come over the socket, see use-live-figures.ts). */
import type { ClientConfig, HttpError } from '../../functions/protocol/http';
import { CONSOLE_PATHS } from '../../functions/protocol/constants';
import type { StatsFigures } from '../../functions/protocol/stats';
import type { StatsRange } from './stats-range';

export async function fetchStats(config: ClientConfig, token: string, range: StatsRange): Promise<StatsFigures> {
  const query = new URLSearchParams({ from: range.from, to: range.to, ...(range.channel ? { channel: range.channel } : {}) });
  const res = await fetch(`${config.apiBase}${CONSOLE_PATHS.stats}?${query}`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(((await res.json().catch(() => ({}))) as Partial<HttpError>).error ?? `statistics answered HTTP ${res.status}`);
  return res.json();
}
