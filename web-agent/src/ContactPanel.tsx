/**
 * The contact side panel ("Customer") beside the open chat: finds or creates the customer's
 * contact and links the chat to it; once linked, shows that person. Linking stays possible after
 * the chat has ended (the person's Activities then gain the chat).
 */
import { useEffect, useState } from 'preact/hooks';
import type { BrowserClient } from '../../functions/protocol/browser-client';
import type { ChatView } from '../../functions/protocol/server-frames';
import type { Api } from './contacts-api';
import { ContactFinder } from './ContactFinder';
import { LinkedPerson } from './LinkedPerson';
import { t } from './strings';

interface Props {
  client: BrowserClient;
  api: Api;
  chat: ChatView;
  canEdit: boolean;
  version: number;
}

export function ContactPanel({ client, api, chat, canEdit, version }: Props) {
  const [changing, setChanging] = useState(false);
  const { personId } = chat;
  useEffect(() => setChanging(false), [personId]);

  return (
    <aside class="contact-panel" aria-labelledby="contact-panel-title">
      <h2 id="contact-panel-title">{t.contact.panel}</h2>
      {personId && !changing ? (
        <LinkedPerson api={api} chat={{ ...chat, personId }} version={version} canEdit={canEdit} onChange={canEdit ? () => setChanging(true) : undefined} />
      ) : (
        <ContactFinder
          client={client}
          api={api}
          chat={chat}
          canEdit={canEdit}
          onCancel={changing ? () => setChanging(false) : undefined}
          onLinked={() => setChanging(false)}
        />
      )}
    </aside>
  );
}
