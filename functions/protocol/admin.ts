/** The admin area's HTTP shapes: managing agents and reading the audit log. Only admins may call these. */
import * as v from 'valibot';
import type { AgentRole } from './http';
import { AGENT_ROLES, MIN_PASSWORD } from './admin-constants';

export * from './admin-constants';
import type { PresenceStatus } from './server-frames';


const Role = v.picklist(AGENT_ROLES, 'role must be agent, manager or admin');
const Password = v.pipe(
  v.string(),
  v.minLength(MIN_PASSWORD, `password must have at least ${MIN_PASSWORD} characters`),
  v.maxLength(200, 'password must have at most 200 characters'),
);
const Email = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.maxLength(254), v.email('email address is not valid'));
const Name = v.pipe(v.string(), v.trim(), v.minLength(1, 'name is required'), v.maxLength(100, 'name must have at most 100 characters'));

/** How the new agent gets a password: set now by the admin, or chosen by the agent through a one-time link. */
const Credential = v.variant('kind', [
  v.strictObject({ kind: v.literal('password'), password: Password }),
  v.strictObject({ kind: v.literal('invite') }),
]);

export const AgentCreateBody = v.strictObject({ name: Name, email: Email, role: Role, credential: Credential });
export type AgentCreateBody = v.InferOutput<typeof AgentCreateBody>;

/** One change to one agent, sent to POST /api/admin/agents/{agentId}. */
export const AgentChangeBody = v.variant('change', [
  v.strictObject({ change: v.literal('role'), role: Role }),
  v.strictObject({ change: v.literal('password'), credential: Credential }),
  v.strictObject({ change: v.literal('deactivate') }),
  v.strictObject({ change: v.literal('reactivate') }),
]);
export type AgentChangeBody = v.InferOutput<typeof AgentChangeBody>;

export const InviteAcceptBody = v.strictObject({
  token: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{32,64}$/, 'the link is not valid')),
  password: Password,
});
export type InviteAcceptBody = v.InferOutput<typeof InviteAcceptBody>;

/** An agent as the admin area lists it. */
export interface AgentAdminView {
  id: string;
  name: string;
  email: string;
  role: AgentRole;
  status: PresenceStatus;
  active: boolean;
  /** False while the agent has only an unused invite link. */
  passwordSet: boolean;
  /** Whether a console of theirs is connected and live (in the list of agents only). */
  online?: boolean;
  createdAt?: number;
}

/** A one-time set-password link's secret part; the console or the admin command turns it into a link. */
export interface InviteView { token: string; expiresAt: number }

export interface AgentsResponse { agents: AgentAdminView[] }

/** Why an admin action (or a set-password link) was refused, so the console can say it in its own words. */
export type AdminRefusal = 'no-such-agent' | 'email-taken' | 'last-admin' | 'admin-change-busy' | 'changed-meanwhile' | 'link-invalid';
/** A refused admin call's body: the reason in English, and which refusal it is. */
export interface AdminRefusalBody { error: string; refusal: AdminRefusal }
export interface AgentChangeResponse { agent: AgentAdminView; invite?: InviteView }

export type AuditAction = 'agent.created' | 'agent.role-changed' | 'agent.password-reset' | 'agent.password-set' | 'agent.deactivated' | 'agent.reactivated' | 'channel.created' | 'channel.changed' | 'customer.erased';

/** Who did what to whom, when; `before`/`after` hold only the changed fields, never passwords or hashes. */
export interface AuditEntry {
  id: string;
  at: number;
  action: AuditAction;
  actor: { id: string; name: string };
  target: { id: string; name: string; email: string };
  before?: Record<string, string | boolean>;
  after?: Record<string, string | boolean>;
}

export interface AuditResponse { entries: AuditEntry[]; next?: string }
export interface InviteAcceptResponse { email: string; name: string }
