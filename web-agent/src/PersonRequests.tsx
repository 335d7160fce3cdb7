/** The person's requests, newest first: number and title, then priority, category and when. */
import type { RequestView } from '../../functions/protocol/http';
import { requestDetails, requestHeading } from './contact-format';
import { t } from './strings';

export function PersonRequests({ requests }: { requests: RequestView[] }) {
  const newestFirst = [...requests].sort((a, b) => b.createdAt - a.createdAt);
  return (
    <section class="panel-section" aria-labelledby="person-requests-title">
      <h3 id="person-requests-title">{t.contact.requests}</h3>
      {requests.length === 0 && <p class="muted small">{t.contact.noRequests}</p>}
      <ul class="records">
        {newestFirst.map((request) => (
          <li key={request.requestId}>
            <span class="record-text">{requestHeading(request)}</span>
            <span class="muted small">{requestDetails(request)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
