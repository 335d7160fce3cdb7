/**
 * The person's Activities: one line per ended chat, newest first, with what the customer asked; a
 * line opens the chat's transcript, as an earlier chat does.
 */
import { useState } from 'preact/hooks';
import type { ActivityView, PersonChatView } from '../../functions/protocol/contacts';
import type { Api } from './contacts-api';
import { activityLine } from './contact-format';
import { TranscriptDialog } from './TranscriptDialog';
import { t } from './strings';

interface Props {
  api: Api;
  activities: ActivityView[];
  /** The person's chats, for each activity's question and transcript. */
  chats: PersonChatView[];
}

export function ActivityList({ api, activities, chats }: Props) {
  const [open, setOpen] = useState<PersonChatView>();
  const newestFirst = [...activities].sort((a, b) => b.at - a.at);
  return (
    <section class="panel-section" aria-labelledby="activities-title">
      <h3 id="activities-title">{t.contact.activities}</h3>
      {activities.length === 0 && <p class="muted small">{t.contact.noActivities}</p>}
      <ul class="records">
        {newestFirst.map((activity) => {
          const chat = chats.find((c) => c.chatId === activity.chatId);
          return (
            <li key={activity.chatId}>
              {chat ? (
                <button type="button" class="record-button" onClick={() => setOpen(chat)}>
                  <span>{activityLine(activity)}</span>
                  <span class="record-text muted small">{chat.question}</span>
                </button>
              ) : (
                activityLine(activity)
              )}
            </li>
          );
        })}
      </ul>
      {open && <TranscriptDialog api={api} chat={open} onClose={() => setOpen(undefined)} />}
    </section>
  );
}
