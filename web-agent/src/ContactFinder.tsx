/**
 * The side panel while the chat is not linked (or the agent is changing the link): the customer as
 * they introduced themselves, contacts that match them, a search, and Create contact.
 */
import { useState } from 'preact/hooks';
import type { BrowserClient } from '../../functions/protocol/browser-client';
import type { ChatView } from '../../functions/protocol/server-frames';
import { createContact, type Api } from './contacts-api';
import { useLink } from './use-link';
import { useSuggestions } from './use-suggestions';
import { PeopleList } from './PeopleList';
import { ContactSearchBox } from './ContactSearchBox';
import { ContactForm } from './ContactForm';
import { customerName, t } from './strings';

interface Props {
  client: BrowserClient;
  api: Api;
  chat: ChatView;
  /** Only the chat's own agent may link it. */
  canEdit: boolean;
  /** Offered while changing an existing link. */
  onCancel?(): void;
  onLinked?(): void;
}

export function ContactFinder({ client, api, chat, canEdit, onCancel, onLinked }: Props) {
  const linking = useLink(client, chat.chatId, onLinked);
  const suggestions = useSuggestions(api, chat);
  const [creating, setCreating] = useState(false);
  const disabled = !canEdit || client.state !== 'online';

  return (
    <div class="contact-finder">
      <section class="panel-section" aria-labelledby="from-chat-title">
        <h3 id="from-chat-title">{t.contact.fromChat}</h3>
        <p class="person-name">{customerName(chat.customer.name)}</p>
        <p class="muted small">{chat.customer.email}</p>
      </section>
      <section class="panel-section" aria-labelledby="suggested-title">
        <h3 id="suggested-title">{t.contact.suggested}</h3>
        {suggestions === undefined && <p class="muted small">{t.contact.searching}</p>}
        {/* Changing a link: the linked contact is not suggested again, so others are what is missing. */}
        {suggestions?.length === 0 && <p class="muted small">{chat.personId ? t.contact.noOtherSuggestion : t.contact.noSuggestion}</p>}
        {suggestions && suggestions.length > 0 && (
          <PeopleList people={suggestions} label={t.contact.suggested} busy={linking.busy} disabled={disabled} onLink={linking.link} />
        )}
      </section>
      <section class="panel-section">
        <ContactSearchBox api={api} busy={linking.busy} disabled={disabled} onLink={linking.link} />
      </section>
      {linking.busy && <p class="muted small" role="status">{t.contact.linking}</p>}
      {linking.error && (
        <p role="alert" class="error small">
          {linking.error}
        </p>
      )}
      <section class="panel-section">
        {creating ? (
          <ContactForm
            title={t.contact.newContact}
            initial={{ name: chat.customer.name, email: chat.customer.email, phone: chat.customerPhone ?? '', companyName: '' }}
            onSave={async (details) => {
              const { person } = await createContact(api, details);
              setCreating(false);
              linking.link(person.personId);
            }}
            onCancel={() => setCreating(false)}
          />
        ) : (
          <button type="button" disabled={disabled} onClick={() => setCreating(true)}>
            {t.contact.create}
          </button>
        )}
      </section>
      {onCancel && (
        <button type="button" class="link" onClick={onCancel}>
          {t.contact.cancel}
        </button>
      )}
    </div>
  );
}
