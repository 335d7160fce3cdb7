/** The side panel once the chat is linked: the person's details (which the chat's agent may edit), earlier chats, requests and activities. */
import { useEffect, useState } from 'preact/hooks';
import type { ChatView } from '../../functions/protocol/server-frames';
import { ContactEditedMeanwhileError, updateContact, type Api } from './contacts-api';
import { usePerson } from './use-person';
import { earlierChats } from './panel-data';
import { PersonDetails } from './PersonDetails';
import { ContactForm } from './ContactForm';
import { EarlierChats } from './EarlierChats';
import { PersonRequests } from './PersonRequests';
import { ActivityList } from './ActivityList';
import { t } from './strings';

interface Props {
  api: Api;
  chat: ChatView & { personId: string };
  /** Bumped when something the panel shows changed elsewhere, e.g. a request was created. */
  version: number;
  /** Offered to the chat's own agent: link someone else. */
  onChange?(): void;
  /** The chat's own agent may correct the person's details. */
  canEdit: boolean;
}

export function LinkedPerson({ api, chat, version, onChange, canEdit }: Props) {
  const [refetches, setRefetches] = useState(0);
  const { panel, failed, showSaved } = usePerson(api, chat.personId, chat, version + refetches);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string>();
  useEffect(() => {
    setEditing(false);
    setNotice(undefined);
  }, [chat.personId]);

  const problem = failed && (
    <p role="status" class="error small">
      {t.contact.loadFailed}
    </p>
  );
  if (!panel) return problem || <p class="muted small">{t.contact.loading}</p>;
  const { person, company } = panel;

  async function save(details: Parameters<typeof updateContact>[2]) {
    try {
      showSaved(await updateContact(api, person.personId, details));
    } catch (error) {
      if (!(error instanceof ContactEditedMeanwhileError)) throw error;
      // Their edit is shown instead of the form, so nobody overwrites what they have not seen.
      setNotice(t.contact.editedMeanwhile);
      setRefetches((n) => n + 1);
    }
    setEditing(false);
  }

  return (
    <>
      {problem}
      {editing ? (
        <ContactForm
          title={t.contact.editContact}
          initial={{ name: person.name, email: person.email ?? '', phone: person.phone ?? '', companyName: company?.name ?? '' }}
          onSave={(details) => save({ ...details, version: person.version ?? 0 })}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <PersonDetails
          panel={panel}
          onChange={onChange}
          onEdit={canEdit ? () => (setNotice(undefined), setEditing(true)) : undefined}
        />
      )}
      {notice && (
        <p role="alert" class="error small">
          {notice}
        </p>
      )}
      <EarlierChats api={api} chats={earlierChats(panel, chat.chatId)} />
      <PersonRequests requests={panel.requests} />
      <ActivityList api={api} activities={panel.activities} chats={panel.chats} />
    </>
  );
}
