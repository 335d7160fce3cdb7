/** Requests left through the offline form, newest first; refreshed while the Dashboard is shown. */
import type { ClientConfig } from '../../functions/protocol/http';
import { useRequests } from './use-requests';
import { formatDateTime } from './format';
import { t } from './strings';

export function Requests({ config, token }: { config: ClientConfig; token: string }) {
  const { requests, failed } = useRequests(config, token);
  const columns = t.dashboard.requestColumns;

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
              <th scope="col">{columns.name}</th>
              <th scope="col">{columns.email}</th>
              <th scope="col">{columns.message}</th>
              <th scope="col">{columns.received}</th>
            </tr>
          </thead>
          <tbody>
            {requests.map((request) => (
              <tr key={request.requestId}>
                <td>{request.number}</td>
                <td>{request.name}</td>
                <td>{request.email}</td>
                <td class="message-cell">{request.message}</td>
                <td>{formatDateTime(request.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
