/** The Admin tab (admins only): the Agents list with its dialogs, the channels, the document library and the Audit log. */
import { useMemo, useState } from 'preact/hooks';
import type { AgentAdminView, AgentChangeResponse } from '../../functions/protocol/admin';
import type { ClientConfig } from '../../functions/protocol/http';
import { AdminApiError, adminApi, type AdminApi } from './admin-api';
import { ta } from './admin-strings';
import { AgentChangeDialog, type AgentDialog } from './AgentChangeDialogs';
import { AgentCreateDialog } from './AgentCreateDialog';
import { AgentsCard } from './AgentsCard';
import { AuditLog } from './AuditLog';
import { ChannelsAdmin } from './channels/ChannelsAdmin';
import { DocumentLibrary } from './DocumentLibrary';
import { t } from './strings';
import { InviteLinkDialog } from './InviteLinkDialog';
import { refusedAsStale, useAgentsList } from './use-agents-list';

interface Props {
  config: ClientConfig;
  token: string;
  selfId: string;
  /** The server no longer accepts this session (e.g. the admin's own role was taken away). */
  onExpired(): void;
}

type Open = { kind: 'create' } | { kind: AgentDialog; agent: AgentAdminView } | { kind: 'link'; result: AgentChangeResponse };

export function AdminTab({ config, token, selfId, onExpired }: Props) {
  const plainApi = useMemo(() => adminApi(config, token), [config, token]);
  const { agents, failed, reload } = useAgentsList(plainApi, onExpired);
  // Every change, from whichever dialog, goes through here: a refusal that says the list was out of
  // date (the last admin, changed meanwhile) reads it again at once, so the list agrees with the refusal.
  const api = useMemo<AdminApi>(() => ({
    ...plainApi,
    change: (agentId, body) => plainApi.change(agentId, body).catch((error: unknown) => {
      if (refusedAsStale(error)) reload();
      throw error;
    }),
  }), [plainApi]);
  const [open, setOpen] = useState<Open>();
  const [version, setVersion] = useState(0);
  const [reactivateError, setReactivateError] = useState<string>();

  const done = (result: AgentChangeResponse) => {
    reload();
    setVersion((n) => n + 1);
    setOpen(result.invite ? { kind: 'link', result } : undefined);
  };
  const reactivate = (agent: AgentAdminView) => {
    setReactivateError(undefined);
    api.change(agent.id, { change: 'reactivate' }).then(done, (error: unknown) =>
      setReactivateError(ta.reactivateFailed(agent.name, error instanceof AdminApiError ? error.message : ta.unreachable)));
  };

  return (
    <div class="dashboard">
      <AgentsCard agents={agents} failed={failed} refusal={reactivateError} selfId={selfId} onAdd={() => setOpen({ kind: 'create' })} onOpen={(agent, kind) => setOpen({ kind, agent })} onReactivate={reactivate} />
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
