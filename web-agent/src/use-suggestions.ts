/** Contacts that may be this chat's customer: found by the chat's email address, then by name. */
import { useEffect, useState } from 'preact/hooks';
import type { PersonView } from '../../functions/protocol/contacts';
import type { ChatView } from '../../functions/protocol/server-frames';
import { searchContacts, type Api } from './contacts-api';
import { mergePeople } from './panel-data';

export function useSuggestions(api: Api, chat: ChatView): PersonView[] | undefined {
  const [people, setPeople] = useState<PersonView[]>();
  const { email, name } = chat.customer;

  useEffect(() => {
    let stopped = false;
    setPeople(undefined);
    Promise.all([searchContacts(api, email), searchContacts(api, name)]).then(
      (found) => !stopped && setPeople(mergePeople(found, chat.personId)),
      // Suggestions are a convenience: without them the search box still works.
      () => !stopped && setPeople([]),
    );
    return () => {
      stopped = true;
    };
  }, [api.config, api.token, email, name, chat.personId]);

  return people;
}
