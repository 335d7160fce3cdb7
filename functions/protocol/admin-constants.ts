/** The admin area's plain values, free of validation code, so the console can import them without valibot. */
import type { AgentRole } from './http';

export const AGENT_ROLES = ['agent', 'manager', 'admin'] as const satisfies readonly AgentRole[];
export const MIN_PASSWORD = 10;
export const AUDIT_PAGE_MAX = 100;

/** Where the console opens a set-password link: `<console>/#invite=<token>` (a fragment never reaches server logs). */
export const inviteLink = (consoleUrl: string, token: string) => `${consoleUrl.replace(/\/?$/, '/')}#invite=${token}`;

export const ADMIN_PATHS = {
  agents: '/api/admin/agents',
  agent: (agentId: string) => `/api/admin/agents/${encodeURIComponent(agentId)}`,
  audit: '/api/admin/audit',
  invites: '/api/invites',
} as const;
