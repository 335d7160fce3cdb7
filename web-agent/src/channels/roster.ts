/** The agents a channel editor names and offers: every agent of the tenant, with whether they are active. */
import { useEffect, useState } from 'preact/hooks';
import type { ClientConfig } from '../../../functions/protocol/http';
import { adminApi } from '../admin-api';
import type { RosterAgent } from './agent-label';

/**
 * The roster, undefined until read and 'failed' if it could not be. The Admin tab's staff are its
 * active agents only, so the deactivated ones are read here; read again whenever the staff change
 * (an agent added, deactivated or reactivated), so the marks follow.
 */
export function useRoster(config: ClientConfig, token: string, staff: { id: string }[]): RosterAgent[] | 'failed' | undefined {
  const [roster, setRoster] = useState<RosterAgent[] | 'failed'>();
  const staffIds = staff.map((s) => s.id).join();
  useEffect(() => {
    let current = true;
    adminApi(config, token).agents().then(
      ({ agents }) => current && setRoster(agents.map(({ id, name, active }) => ({ id, name, active }))),
      () => current && setRoster((known) => known ?? 'failed'),
    );
    return () => void (current = false);
  }, [config, token, staffIds]);
  return roster;
}
