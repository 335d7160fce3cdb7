/** "Add agent": name, email, role, and a password or a one-time set-password link. */
import { useState } from 'preact/hooks';
import { AGENT_ROLES } from '../../functions/protocol/admin-constants';
import type { AgentChangeResponse } from '../../functions/protocol/admin';
import type { AgentRole } from '../../functions/protocol/http';
import type { AdminApi } from './admin-api';
import { ta } from './admin-strings';
import { CredentialFields, type CredentialChoice } from './CredentialFields';
import { Dialog } from './Dialog';
import { useAdminAction } from './use-admin-action';

interface Props {
  api: AdminApi;
  onDone(result: AgentChangeResponse): void;
  onClose(): void;
}

export function AgentCreateDialog({ api, onDone, onClose }: Props) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<AgentRole>('agent');
  const [credential, setCredential] = useState<CredentialChoice>({ kind: 'invite' });
  const action = useAdminAction(onDone);

  function submit(event: Event) {
    event.preventDefault();
    void action.run(() => api.create({ name: name.trim(), email: email.trim(), role, credential }));
  }

  return (
    <Dialog title={ta.addAgent} onClose={onClose}>
      <form class="form" onSubmit={submit} onInput={action.clear} onChange={action.clear}>
        <label>
          {ta.name}
          <input required maxLength={100} autoFocus value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <label>
          {ta.email}
          <input type="email" required maxLength={254} autocomplete="off" value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
        </label>
        <label>
          {ta.role}
          <select value={role} onChange={(e) => setRole(e.currentTarget.value as AgentRole)}>
            {AGENT_ROLES.map((each) => <option value={each}>{ta.roles[each]}</option>)}
          </select>
        </label>
        <CredentialFields value={credential} onChange={setCredential} />
        {action.error && <p role="alert" class="error">{action.error}</p>}
        <div class="actions">
          <button type="button" onClick={onClose}>{ta.cancel}</button>
          <button type="submit" class="primary" disabled={action.busy}>{action.busy ? ta.saving : ta.create}</button>
        </div>
      </form>
    </Dialog>
  );
}
