/** The audit log, newest first; older entries load a page at a time. */
import { useEffect, useState } from 'preact/hooks';
import type { AuditEntry } from '../../functions/protocol/admin';
import type { AdminApi } from './admin-api';
import { ta } from './admin-strings';
import { describeChange } from './audit-format';
import { formatDateTime } from './format';

/** `version` changes after every admin action, so the log shows it at once. */
/** `nameOf`: an agent's name by id, for a channel's agents in a change. */
export function AuditLog({ api, version, nameOf }: { api: AdminApi; version: number; nameOf(id: string): string | undefined }) {
  const [entries, setEntries] = useState<AuditEntry[]>();
  const [next, setNext] = useState<string>();
  const [failed, setFailed] = useState(false);

  const load = async (cursor?: string) => {
    try {
      const page = await api.audit(cursor);
      setEntries((shown) => (cursor ? [...(shown ?? []), ...page.entries] : page.entries));
      setNext(page.next);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  useEffect(() => void load(), [api, version]);
  const columns = ta.auditColumns;

  return (
    <section class="card" aria-labelledby="audit-title">
      <h2 id="audit-title">{ta.audit}</h2>
      {failed && <p class="error" role="status">{ta.loadFailed}</p>}
      {entries?.length === 0 && <p class="muted">{ta.auditEmpty}</p>}
      {entries && entries.length > 0 && (
        <table class="audit" aria-labelledby="audit-title">
          <thead>
            <tr>
              <th scope="col">{columns.when}</th>
              <th scope="col">{columns.who}</th>
              <th scope="col">{columns.what}</th>
              <th scope="col">{columns.agent}</th>
              <th scope="col">{columns.change}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>{formatDateTime(entry.at)}</td>
                <td>{entry.actor.name}</td>
                <td>{ta.actions[entry.action]}</td>
                <td>{entry.action === 'customer.erased' ? ta.aCustomer : entry.target.name} <span class="muted small">{entry.target.email}</span></td>
                <td>{describeChange(entry, nameOf)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {next && <button type="button" class="link" onClick={() => void load(next)}>{ta.older}</button>}
    </section>
  );
}
