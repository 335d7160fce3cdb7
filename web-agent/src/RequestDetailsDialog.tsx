/**
 * One request whole: who asked, on which channel, its priority and category, when, and the full
 * message (the list shows three lines of it), or for one made from a chat the customer's question.
 */
import type { RequestView } from '../../functions/protocol/http';
import { Dialog } from './Dialog';
import { formatDateTime } from './format';
import { useChannelName } from './channel-names';
import { customerName, t } from './strings';
import { DetailsList, type Detail } from './DetailsList';

interface Props {
  request: RequestView;
  onClose(): void;
}

export function RequestDetailsDialog({ request, onClose }: Props) {
  const channelName = useChannelName();
  const words = t.dashboard.requestDetails;
  const columns = t.dashboard.requestColumns;
  const rows: Detail[] = [
    [columns.customer, customerName(request.name)],
    [words.email, request.email],
    [words.channel, channelName(request.channel)],
    [columns.priority, request.priority && t.request.priorities[request.priority]],
    [columns.category, request.category],
    [columns.received, formatDateTime(request.createdAt)],
    [words.source, request.source === 'chat' ? words.fromChat : t.dashboard.fromOfflineForm],
  ];
  return (
    <Dialog title={words.title(request.number, request.title)} onClose={onClose}>
      <DetailsList rows={rows} />
      {request.message && (
        <>
          <h3>{request.source === 'chat' ? words.question : words.message}</h3>
          <p class="request-message">{request.message}</p>
        </>
      )}
    </Dialog>
  );
}
