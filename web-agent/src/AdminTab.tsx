/** The Admin tab (admins only): the Agents list with its dialogs, the channels, the document library and the Audit log. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AgentAdminView, AgentChangeResponse } from '../../functions/protocol/admin';
import type { ClientConfig } from '../../functions/protocol/http';
import { AdminApiError, adminApi } from './admin-api';
import { AgentChangeDialog, type AgentDialog } from './AgentChangeDialogs';
import { AgentCreateDialog } from './AgentCreateDialog';
import { AgentsCard } from './AgentsCard';
import { AuditLog } from './AuditLog';
import { ChannelsAdmin } from './channels/ChannelsAdmin';
import { DocumentLibrary } from './DocumentLibrary';
import { t } from './strings';
import { InviteLinkDialog } from './InviteLinkDialog';

interface Props {
  config: ClientConfig;
  token: string;
  selfId: string;
  /** The server no longer accepts this session (e.g. the admin's own role was taken away). */
  onExpired(): void;
}

type Open = { kind: 'create' } | { kind: AgentDialog; agent: AgentAdminView } | { kind: 'link'; result: AgentChangeResponse };

export function AdminTab({ config, token, selfId, onExpired }: Props) {
  const api = useMemo(() => adminApi(config, token), [config, token]);
  const [agents, setAgents] = useState<AgentAdminView[]>();
  const [failed, setFailed] = useState(false);
  const [open, setOpen] = useState<Open>();
  const [version, setVersion] = useState(0);

  useEffect(() => {
    api.agents().then(
      (res) => (setAgents(res.agents), setFailed(false)),
      (error) => (error instanceof AdminApiError && error.status === 401 ? onExpired() : setFailed(true)),
    );
  }, [api, version]);

  const done = (result: AgentChangeResponse) => {
    setVersion((n) => n + 1);
    setOpen(result.invite ? { kind: 'link', result } : undefined);
  };
  const reactivate = (agent: AgentAdminView) => api.change(agent.id, { change: 'reactivate' }).then(done, () => setFailed(true));

  return (
    <div class="dashboard">
      <AgentsCard agents={agents} failed={failed} selfId={selfId} onAdd={() => setOpen({ kind: 'create' })} onOpen={(agent, kind) => setOpen({ kind, agent })} onReactivate={reactivate} />
      <ChannelsAdmin config={config} token={token} roster={agents ? agents.map(({ id, name, active }) => ({ id, name, active })) : failed ? 'failed' : undefined} onSaved={() => setVersion((n) => n + 1)} />
      <section class="card" aria-labelledby="library-title">
        <h2 id="library-title">{t.files.library}</h2>
        <DocumentLibrary api={{ config, token }} admin />
      </section>
      <AuditLog api={api} version={version} nameOf={(id) => agents?.find((agent) => agent.id === id)?.name} />
      {open?.kind === 'create' && <AgentCreateDialog api={api} onDone={done} onClose={() => setOpen(undefined)} />}
      {open && (open.kind === 'role' || open.kind === 'password' || open.kind === 'deactivate') && (
        <AgentChangeDialog kind={open.kind} agent={open.agent} api={api} onDone={done} onClose={() => setOpen(undefined)} />
      )}
      {open?.kind === 'link' && open.result.invite && (
        <InviteLinkDialog name={open.result.agent.name} invite={open.result.invite} onClose={() => setOpen(undefined)} />
      )}
    </div>
  );
}
