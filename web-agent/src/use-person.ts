/**
 * The linked person's records for the side panel, fetched again whenever the link, the chat's
 * status or `version` changes. An ended chat's Activities record is written from the event bus a
 * moment after the end, so while it is missing the panel asks again a few times, a little later
 * each time.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PersonPanelResponse } from '../../functions/protocol/contacts';
import type { ChatView } from '../../functions/protocol/server-frames';
import { fetchPerson, type Api } from './contacts-api';
import { awaitingActivity } from './panel-data';

const RETRY_MS = [750, 1500, 3000, 6000];

interface PersonState {
  panel?: PersonPanelResponse;
  failed: boolean;
  /** Shows details just saved at once, without waiting for a fetch. */
  showSaved(details: Pick<PersonPanelResponse, 'person' | 'company'>): void;
}

export function usePerson(api: Api, personId: string, chat: ChatView, version: number): PersonState {
  const [panel, setPanel] = useState<PersonPanelResponse>();
  const [failed, setFailed] = useState(false);

  // Another person: nothing of the previous one may stay on screen while loading.
  useEffect(() => setPanel(undefined), [personId]);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = (attempt: number) =>
      fetchPerson(api, personId).then(
        (loaded) => {
          if (stopped) return;
          setPanel(loaded);
          setFailed(false);
          if (awaitingActivity(loaded, chat) && attempt < RETRY_MS.length) timer = setTimeout(() => load(attempt + 1), RETRY_MS[attempt]);
        },
        () => !stopped && setFailed(true),
      );
    void load(0);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [api.config, api.token, personId, chat.personId, chat.status, version]);

  const showSaved = ({ person, company }: Pick<PersonPanelResponse, 'person' | 'company'>) =>
    setPanel((shown) => (shown && shown.person.personId === person.personId ? { ...shown, person, company } : shown));
  return { panel, failed, showSaved };
}
