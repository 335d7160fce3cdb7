/**
 * The Admin tab's Agents list, read again so it stays what the server says: another admin, the CLI
 * or an agent's own console change agents too, and nothing pushes those changes here. It is read
 * when shown, every 30 s while the page is visible, at once when the page becomes visible again,
 * and whenever `reload` is called (after our own change, or a refusal that says the list was stale).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AgentAdminView } from '../../functions/protocol/admin';
import { AdminApiError, type AdminApi } from './admin-api';

/** A GET of a few dozen agents: cheap enough to ask twice a minute. */
export const AGENTS_REFRESH_MS = 30_000;

export interface AgentsList {
  agents?: AgentAdminView[];
  failed: boolean;
  reload(): void;
}

export function useAgentsList(api: AdminApi, onExpired: () => void): AgentsList {
  const [agents, setAgents] = useState<AgentAdminView[]>();
  const [failed, setFailed] = useState(false);
  const reload = useRef(() => {});
  const expired = useRef(onExpired);
  expired.current = onExpired;

  useEffect(() => {
    let stopped = false;
    // A read may overtake a slower one begun before it: only the latest read's answer is shown.
    let latest = 0;
    const load = () => {
      const read = ++latest;
      api.agents().then(
        (res) => !stopped && read === latest && (setAgents(res.agents), setFailed(false)),
        (error) => {
          if (stopped || read !== latest) return;
          if (error instanceof AdminApiError && error.status === 401) expired.current();
          else setFailed(true);
        },
      );
    };
    // A hidden page is not read on the timer; it is read once it shows again.
    const whenShown = () => document.visibilityState !== 'hidden' && load();
    reload.current = load;
    load();
    const timer = setInterval(whenShown, AGENTS_REFRESH_MS);
    document.addEventListener('visibilitychange', whenShown);
    return () => {
      stopped = true;
      reload.current = () => {};
      clearInterval(timer);
      document.removeEventListener('visibilitychange', whenShown);
    };
  }, [api]);

  return { agents, failed, reload: () => reload.current() };
}

/**
 * Whether a refusal means the list on screen was out of date: the agent is gone (404), or was
 * changed, or the admins are not what the list showed (409: "last active admin", "changed meanwhile").
 */
export function refusedAsStale(error: unknown): boolean {
  return error instanceof AdminApiError && (error.status === 404 || error.status === 409);
}
