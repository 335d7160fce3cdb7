/** "Create request" from a chat: title (required), category and priority; closes once the server confirms. */
import { useState } from 'preact/hooks';
import type { BrowserClient } from '../../functions/protocol/browser-client';
import type { RequestPriority } from '../../functions/protocol/http';
import { REQUEST_PRIORITIES } from '../../functions/protocol/channel-options';
import type { Api } from './contacts-api';
import { useRequestCreate } from './use-request-create';
import { Dialog } from './Dialog';
import { t } from './strings';

interface Props {
  client: BrowserClient;
  api: Api;
  chatId: string;
  onCreated(): void;
  onClose(): void;
}

export function RequestDialog({ client, api, chatId, onCreated, onClose }: Props) {
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState('');
  const [priority, setPriority] = useState<RequestPriority>('normal');
  const request = useRequestCreate(client, api, chatId, () => {
    onCreated();
    onClose();
  });

  function submit(event: Event) {
    event.preventDefault();
    void request.submit({ title: title.trim(), category: category.trim() || undefined, priority });
  }

  return (
    <Dialog title={t.request.dialog} onClose={onClose}>
      <form class="form" onSubmit={submit}>
        <label>
          {t.request.title}
          <input required maxLength={200} autoFocus value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
        </label>
        <label>
          {t.request.category}
          <input maxLength={60} value={category} onInput={(e) => setCategory(e.currentTarget.value)} />
        </label>
        <label>
          {t.request.priority}
          <select value={priority} onChange={(e) => setPriority(e.currentTarget.value as RequestPriority)}>
            {REQUEST_PRIORITIES.map((each) => (
              <option value={each}>{t.request.priorities[each]}</option>
            ))}
          </select>
        </label>
        {request.error && (
          <p role="alert" class="error">
            {request.error}
          </p>
        )}
        <div class="actions">
          <button type="button" onClick={onClose}>
            {t.request.cancel}
          </button>
          <button type="submit" class="primary" disabled={request.busy || !title.trim()}>
            {request.busy ? t.request.creating : t.request.submit}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
