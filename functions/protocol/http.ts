/** Shapes of the HTTP API (login, visitor identity, WebSocket tickets). */
import * as v from 'valibot';
import type { PresenceStatus } from './server-frames';

export const LoginRequest = v.strictObject({
  email: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.maxLength(254), v.email('email address is not valid')),
  password: v.pipe(v.string(), v.minLength(1, 'password is required'), v.maxLength(200)),
});
export type LoginRequest = v.InferOutput<typeof LoginRequest>;

export type AgentRole = 'agent' | 'manager' | 'admin';

export interface AgentProfile {
  id: string;
  name: string;
  email: string;
  role: AgentRole;
  status: PresenceStatus;
}

export interface LoginResponse { token: string; agent: AgentProfile }
export interface VisitorResponse { token: string; visitorId: string }
export interface TicketResponse { ticket: string; expiresInSeconds: number }
export interface HttpError { error: string }

/** Where the browser finds the APIs: served as `config.json` beside the console and the widget. */
export interface ClientConfig {
  /** Origin of the HTTP API; paths such as `/api/login` are appended. */
  apiBase: string;
  /** WebSocket URL; the ticket goes in its `ticket` query parameter. */
  wsUrl: string;
}

export { PATHS } from './constants';
