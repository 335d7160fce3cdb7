/**
 * "Chat history" under the Chats list: ended chats stay findable after Recent chat sessions' 8 hours,
 * by the customer's name or email, words of the first question, or the chat id. Each opens its transcript.
 */
import { useState } from 'preact/hooks';
import type { HistoryChatView } from '../../functions/protocol/history';
import type { Api } from './contacts-api';
import { formatWhen } from './contact-format';
import { useHistorySearch } from './use-history-search';
import { TranscriptDialog } from './TranscriptDialog';
import { customerName, t } from './strings';
import { chatReference } from '../../functions/protocol/chat-reference';
import { HISTORY_QUERY_MAX } from '../../functions/protocol/constants';

export function ChatHistory({ api }: { api: Api }) {
  const { state, type, more } = useHistorySearch(api);
  const [open, setOpen] = useState<HistoryChatView>();
  const chats = state.kind === 'idle' ? [] : state.chats;

  return (
    <section class="chat-history" aria-labelledby="chat-history-title">
      <h2 id="chat-history-title">{t.history.title}</h2>
      <div role="search">
        <label>
          {t.history.search}
          <input type="search" maxLength={HISTORY_QUERY_MAX} placeholder={t.history.hint} autocomplete="off" onInput={(e) => type(e.currentTarget.value)} />
        </label>
      </div>
      <div aria-live="polite">
        {state.kind === 'searching' && <p class="muted small">{t.history.searching}</p>}
        {state.kind === 'failed' && <p class="error small">{t.history.failed}</p>}
        {state.kind === 'done' && chats.length === 0 && <p class="muted small">{state.next ? t.history.noneYet : t.history.none}</p>}
      </div>
      {chats.length > 0 && (
        <ul class="records" aria-label={t.history.results}>
          {chats.map((chat) => (
            <li key={chat.chatId}>
              <button type="button" class="record-button" onClick={() => setOpen(chat)}>
                <span class="record-text">{customerName(chat.customer.name)}</span>
                <span class="muted small">{[formatWhen(chat.endedAt), chat.agentName, t.conversation.reference(chatReference(chat.chatId))].filter(Boolean).join(' · ')}</span>
                <span class="small">{chat.question}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {state.kind !== 'idle' && state.kind !== 'searching' && state.next && (
        <button type="button" onClick={more}>
          {t.history.more}
        </button>
      )}
      {open && <TranscriptDialog api={api} chat={open} onClose={() => setOpen(undefined)} />}
    </section>
  );
}
