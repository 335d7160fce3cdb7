/** The dialogs behind an agent's row: change role, reset password, deactivate (with a warning). */
import { useState } from 'preact/hooks';
import { AGENT_ROLES } from '../../functions/protocol/admin-constants';
import type { AgentAdminView, AgentChangeResponse } from '../../functions/protocol/admin';
import type { AgentRole } from '../../functions/protocol/http';
import type { AdminApi } from './admin-api';
import { ta } from './admin-strings';
import { CredentialFields, type CredentialChoice } from './CredentialFields';
import { Dialog } from './Dialog';
import { useAdminAction } from './use-admin-action';

export type AgentDialog = 'role' | 'password' | 'deactivate';

interface Props {
  kind: AgentDialog;
  agent: AgentAdminView;
  api: AdminApi;
  onDone(result: AgentChangeResponse): void;
  onClose(): void;
}

export function AgentChangeDialog({ kind, agent, api, onDone, onClose }: Props) {
  const [role, setRole] = useState<AgentRole>(agent.role);
  const [credential, setCredential] = useState<CredentialChoice>({ kind: 'invite' });
  const action = useAdminAction(onDone);
  const title = { role: ta.changeRoleOf, password: ta.resetPasswordOf, deactivate: ta.deactivateName }[kind](agent.name);

  function submit(event: Event) {
    event.preventDefault();
    const body = kind === 'role' ? { change: 'role' as const, role } : kind === 'password' ? { change: 'password' as const, credential } : { change: 'deactivate' as const };
    void action.run(() => api.change(agent.id, body));
  }

  return (
    <Dialog title={title} onClose={onClose}>
      <form class="form" onSubmit={submit} onInput={action.clear} onChange={action.clear}>
        {kind === 'role' && (
          <label>
            {ta.role}
            <select autoFocus value={role} onChange={(e) => setRole(e.currentTarget.value as AgentRole)}>
              {AGENT_ROLES.map((each) => <option value={each}>{ta.roles[each]}</option>)}
            </select>
          </label>
        )}
        {kind === 'password' && (
          <>
            <CredentialFields value={credential} onChange={setCredential} />
            <p class="muted">{ta.resetWarning}</p>
          </>
        )}
        {kind === 'deactivate' && <p>{ta.deactivateWarning(agent.name)}</p>}
        {action.error && <p role="alert" class="error">{action.error}</p>}
        <div class="actions">
          <button type="button" onClick={onClose}>{ta.cancel}</button>
          <button type="submit" class={kind === 'deactivate' ? 'danger' : 'primary'} disabled={action.busy}>
            {action.busy ? ta.saving : kind === 'deactivate' ? ta.deactivate : ta.save}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
