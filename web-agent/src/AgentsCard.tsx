/** The Agents list: who they are, role, Present/Away or Deactivated, and the actions on each. */
import type { AgentAdminView } from '../../functions/protocol/admin';
import { ta } from './admin-strings';
import type { AgentDialog } from './AgentChangeDialogs';

interface Props {
  agents: AgentAdminView[] | undefined;
  failed: boolean;
  /** Why the last change made from the list itself (Reactivate) was refused. */
  refusal?: string;
  selfId: string;
  onAdd(): void;
  onOpen(agent: AgentAdminView, dialog: AgentDialog): void;
  onReactivate(agent: AgentAdminView): void;
}

export function AgentsCard({ agents, failed, refusal, selfId, onAdd, onOpen, onReactivate }: Props) {
  const columns = ta.columns;
  return (
    <section class="card" aria-labelledby="agents-title">
      <div class="card-head">
        <h2 id="agents-title">{ta.agents}</h2>
        <button type="button" class="primary" onClick={onAdd}>{ta.addAgent}</button>
      </div>
      {failed && <p class="error" role="status">{ta.loadFailed}</p>}
      {refusal && <p class="error" role="alert">{refusal}</p>}
      {agents && (
        <table class="agents" aria-labelledby="agents-title">
          <thead>
            <tr>
              <th scope="col">{columns.name}</th>
              <th scope="col">{columns.email}</th>
              <th scope="col">{columns.role}</th>
              <th scope="col">{columns.state}</th>
              <th scope="col">{columns.actions}</th>
            </tr>
          </thead>
          <tbody>
            {agents.map((agent) => (
              <tr key={agent.id} class={agent.active ? undefined : 'inactive'}>
                <th scope="row">
                  {agent.name} {agent.id === selfId && <span class="muted">{ta.you}</span>}
                </th>
                <td>{agent.email}</td>
                <td>{ta.roles[agent.role]}</td>
                <td>
                  {agent.active ? `${ta.active}, ${ta.status[agent.status]}${agent.online === false ? `, ${ta.notOnline}` : ''}` : ta.deactivated}
                  {!agent.passwordSet && <span class="muted small"> — {ta.noPasswordYet}</span>}
                </td>
                <td class="row-actions">
                  <button type="button" aria-label={ta.changeRoleOf(agent.name)} disabled={!agent.active} onClick={() => onOpen(agent, 'role')}>{ta.changeRole}</button>
                  <button type="button" aria-label={ta.resetPasswordOf(agent.name)} disabled={!agent.active} onClick={() => onOpen(agent, 'password')}>{ta.resetPassword}</button>
                  {agent.active ? (
                    <button type="button" class="danger" aria-label={ta.deactivateName(agent.name)} onClick={() => onOpen(agent, 'deactivate')}>{ta.deactivate}</button>
                  ) : (
                    <button type="button" aria-label={ta.reactivateName(agent.name)} onClick={() => onReactivate(agent)}>{ta.reactivate}</button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
