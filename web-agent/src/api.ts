/** The console's HTTP calls: configuration, login, the signed-in agent's profile, and requests. */
import type { Lang } from '../../functions/protocol/browser/language';
import type { AgentLanguageBody, AgentProfile, ClientConfig, HttpError, LoginResponse, OngoingChatView, OngoingChatsResponse, RequestView, RequestsResponse } from '../../functions/protocol/http';
import { CONSOLE_PATHS } from '../../functions/protocol/constants';
import { t } from './strings';

/** A refusal to show the agent as it is, e.g. "Wrong email or password". */
export class LoginError extends Error {}

export async function loadConfig(): Promise<ClientConfig> {
  const res = await fetch('../config.json');
  if (!res.ok) throw new Error(`config.json answered HTTP ${res.status}`);
  return res.json();
}

export async function logIn(config: ClientConfig, email: string, password: string): Promise<LoginResponse> {
  const res = await fetch(config.apiBase + CONSOLE_PATHS.login, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.ok) return res.json();
  // The console's own words for a wrong login (in its language); the server's reason for a malformed one.
  if (res.status === 401) throw new LoginError(t.login.refused);
  // Locked after failed logins, or too many tries from this network: how long, in the console's words.
  if (res.status === 429) throw new LoginError(t.login.tooMany(Math.max(1, Math.ceil(Number(res.headers.get('retry-after') || 60) / 60))));
  if (res.status === 400) {
    const body = (await res.json().catch(() => ({}))) as Partial<HttpError>;
    throw new LoginError(body.error ?? t.login.refused);
  }
  throw new Error(`login answered HTTP ${res.status}`);
}

/** Remembers the console's language on the signed-in agent's profile. */
export async function rememberLanguage(config: ClientConfig, token: string, language: Lang): Promise<void> {
  const res = await fetch(config.apiBase + CONSOLE_PATHS.meLanguage, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ language } satisfies AgentLanguageBody),
  });
  if (!res.ok) throw new Error(`language answered HTTP ${res.status}`);
}

/** The profile behind a stored token, or undefined when the token is no longer accepted. */
export async function fetchMe(config: ClientConfig, token: string): Promise<AgentProfile | undefined> {
  const res = await fetch(config.apiBase + CONSOLE_PATHS.me, { headers: { authorization: `Bearer ${token}` } });
  if (res.status === 401 || res.status === 403) return undefined;
  if (!res.ok) throw new Error(`me answered HTTP ${res.status}`);
  return res.json();
}

/** The Dashboard's Ongoing chat sessions, longest-running first. */
export async function fetchOngoingChats(config: ClientConfig, token: string): Promise<OngoingChatView[]> {
  const res = await fetch(config.apiBase + CONSOLE_PATHS.ongoingChats, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`ongoing chats answered HTTP ${res.status}`);
  return ((await res.json()) as OngoingChatsResponse).chats;
}

/** Requests (from the offline form and elsewhere), newest first. */
export async function fetchRequests(config: ClientConfig, token: string): Promise<RequestView[]> {
  const res = await fetch(config.apiBase + CONSOLE_PATHS.requests, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`requests answered HTTP ${res.status}`);
  return ((await res.json()) as RequestsResponse).requests;
}
