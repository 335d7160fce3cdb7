/**
 * Requests, newest first: made from a chat (its title, then the customer's question) or left through the
 * offline form (its message); who asked, priority and category (each in its own column), when. Read
 * again while the Dashboard is shown, at once when the server says a request was created. Its number
 * (a button) or a double-click on its row opens it whole.
 */
import { useState } from 'preact/hooks';
import type { ClientConfig, RequestView } from '../../functions/protocol/http';
import type { BrowserClient } from '../../functions/protocol/browser-client';
import { useRequests } from './use-requests';
import { formatDateTime } from './format';
import { customerName, t } from './strings';
import { RequestDetailsDialog } from './RequestDetailsDialog';

export function Requests({ config, token, client }: { config: ClientConfig; token: string; client: BrowserClient }) {
  const { requests, failed } = useRequests(config, token, client);
  const columns = t.dashboard.requestColumns;
  const [shown, setShown] = useState<RequestView>();

  return (
    <section class="card" aria-labelledby="requests-title">
      <h2 id="requests-title">{t.dashboard.requests}</h2>
      {failed && (
        <p class="error" role="status">
          {t.dashboard.requestsFailed}
        </p>
      )}
      {requests?.length === 0 && <p class="muted">{t.dashboard.noRequests}</p>}
      {requests && requests.length > 0 && (
        <table class="requests" aria-labelledby="requests-title">
          <thead>
            <tr>
              <th scope="col">{columns.number}</th>
              <th scope="col">{columns.request}</th>
              <th scope="col">{columns.customer}</th>
              <th scope="col">{columns.priority}</th>
              <th scope="col">{columns.category}</th>
              <th scope="col">{columns.received}</th>
            </tr>
          </thead>
          <tbody>
            {requests.map((request) => (
              <tr key={request.requestId} onDblClick={() => setShown(request)}>
                <td>
                  <button type="button" class="link" aria-label={t.dashboard.openRequest(request.number)} onClick={() => setShown(request)}>
                    {request.number}
                  </button>
                </td>
                <td class="message-cell">
                  <strong>{request.source === 'chat' && request.title ? request.title : t.dashboard.fromOfflineForm}</strong>
                  {request.message && <span class="cell-detail">{request.message}</span>}
                </td>
                <td>
                  {customerName(request.name)}
                  {request.email && <span class="cell-detail">{request.email}</span>}
                </td>
                <td>{request.priority ? t.request.priorities[request.priority] : '—'}</td>
                <td>{request.category || '—'}</td>
                <td>{formatDateTime(request.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shown && <RequestDetailsDialog request={shown} onClose={() => setShown(undefined)} />}
    </section>
  );
}
