/**
 * The signed-in agent with the role the server gives them now: an admin's change arrives as a `role`
 * frame; after a reconnect (a frame may have been missed while offline) the profile is asked again.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { BrowserClient } from '../../functions/protocol/browser-client';
import type { AgentProfile, ClientConfig } from '../../functions/protocol/http';
import { fetchMe } from './api';

export function useLiveRole(client: BrowserClient, config: ClientConfig, token: string, agent: AgentProfile): AgentProfile {
  const [role, setRole] = useState(agent.role);
  const wasOnline = useRef(false);
  useEffect(() => {
    const offFrame = client.on('frame', (frame) => {
      if (frame.type === 'role') setRole(frame.role);
    });
    const offState = client.on('state', (state) => {
      if (state !== 'online') return;
      if (wasOnline.current) void fetchMe(config, token).then((me) => me && setRole(me.role)).catch(() => undefined);
      wasOnline.current = true;
    });
    return () => {
      offFrame();
      offState();
    };
  }, [client, config, token]);
  return useMemo(() => (role === agent.role ? agent : { ...agent, role }), [agent, role]);
}
