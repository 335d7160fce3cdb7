/** The person's other chats, newest first; each opens its transcript. */
import { useState } from 'preact/hooks';
import type { PersonChatView } from '../../functions/protocol/contacts';
import type { Api } from './contacts-api';
import { formatWhen } from './contact-format';
import { TranscriptDialog } from './TranscriptDialog';
import { t } from './strings';

export function EarlierChats({ api, chats }: { api: Api; chats: PersonChatView[] }) {
  const [open, setOpen] = useState<PersonChatView>();
  return (
    <section class="panel-section" aria-labelledby="earlier-chats-title">
      <h3 id="earlier-chats-title">{t.contact.earlierChats}</h3>
      {chats.length === 0 && <p class="muted small">{t.contact.noEarlierChats}</p>}
      <ul class="records">
        {chats.map((chat) => (
          <li key={chat.chatId}>
            <button type="button" class="record-button" onClick={() => setOpen(chat)}>
              <span class="muted small">{formatWhen(chat.createdAt)}</span>
              <span class="record-text">{chat.question}</span>
            </button>
          </li>
        ))}
      </ul>
      {open && <TranscriptDialog api={api} chat={open} onClose={() => setOpen(undefined)} />}
    </section>
  );
}
