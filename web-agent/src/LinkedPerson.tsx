/** The side panel once the chat is linked: the person's details, earlier chats, requests and activities. */
import type { ChatView } from '../../functions/protocol/server-frames';
import type { Api } from './contacts-api';
import { usePerson } from './use-person';
import { earlierChats } from './panel-data';
import { PersonDetails } from './PersonDetails';
import { EarlierChats } from './EarlierChats';
import { PersonRequests } from './PersonRequests';
import { ActivityList } from './ActivityList';
import { t } from './strings';

interface Props {
  api: Api;
  chat: ChatView & { personId: string };
  /** Bumped when something the panel shows changed elsewhere, e.g. a request was created. */
  version: number;
  onChange?(): void;
}

export function LinkedPerson({ api, chat, version, onChange }: Props) {
  const { panel, failed } = usePerson(api, chat.personId, chat, version);
  const problem = failed && (
    <p role="status" class="error small">
      {t.contact.loadFailed}
    </p>
  );
  if (!panel) return problem || <p class="muted small">{t.contact.loading}</p>;
  return (
    <>
      {problem}
      <PersonDetails panel={panel} onChange={onChange} />
      <EarlierChats api={api} chats={earlierChats(panel, chat.chatId)} />
      <PersonRequests requests={panel.requests} />
      <ActivityList activities={panel.activities} />
    </>
  );
}
