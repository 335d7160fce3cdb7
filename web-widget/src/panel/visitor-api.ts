/** The widget's HTTP calls: where the APIs are, and who this visitor is. */
import type { ClientConfig, VisitorResponse } from '../../../functions/protocol/http';
import { PATHS } from '../../../functions/protocol/constants';
import { storedVisitor, storeVisitor } from '../storage';

export async function loadConfig(base: string): Promise<ClientConfig> {
  const res = await fetch(`${base}config.json`);
  if (!res.ok) throw new Error(`config.json answered HTTP ${res.status}`);
  return res.json();
}

/** The stored visitor token, or a new visitor identity when there is none. */
export async function visitorToken(config: ClientConfig): Promise<string> {
  const stored = storedVisitor();
  if (stored) return stored.token;
  const res = await fetch(config.apiBase + PATHS.visitors, { method: 'POST' });
  if (!res.ok) throw new Error(`visitors answered HTTP ${res.status}`);
  const visitor: VisitorResponse = await res.json();
  storeVisitor(visitor);
  return visitor.token;
}
