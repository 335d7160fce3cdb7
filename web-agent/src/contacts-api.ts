/** The side panel's HTTP calls: find, create and edit contacts, a person's records, an earlier chat's transcript. */
import type {
  ContactCreateBody, ContactCreateResponse, ContactSearchResponse, ContactUpdateBody, ContactUpdateResponse, PersonPanelResponse, TranscriptResponse,
} from '../../functions/protocol/contacts';
import type { ClientConfig, HttpError } from '../../functions/protocol/http';
import { CONSOLE_PATHS } from '../../functions/protocol/constants';

/** The transcript route has no entry in CONSOLE_PATHS yet. */
const CHATS_PATH = '/api/chats';

/** The server refused the contact; `field` is the one it is about, when it is one. */
export class ContactRefusedError extends Error {
  constructor(message: string, readonly field?: string) {
    super(message);
  }
}

/** Someone else edited the contact since it was read. */
export class ContactEditedMeanwhileError extends Error {}

export interface Api {
  config: ClientConfig;
  token: string;
}

async function get<T>({ config, token }: Api, path: string): Promise<T> {
  const res = await fetch(config.apiBase + path, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`${path} answered HTTP ${res.status}`);
  return res.json();
}

/** People whose name, email or phone starts with the query's words. */
export async function searchContacts(api: Api, query: string) {
  return (await get<ContactSearchResponse>(api, `${CONSOLE_PATHS.contacts}?q=${encodeURIComponent(query)}`)).people;
}

export const createContact = (api: Api, body: ContactCreateBody) => post<ContactCreateResponse>(api, CONSOLE_PATHS.contacts, body);

/** Replaces the details of a contact last read at `body.version`. */
export const updateContact = (api: Api, personId: string, body: ContactUpdateBody) =>
  post<ContactUpdateResponse>(api, `${CONSOLE_PATHS.contacts}/${encodeURIComponent(personId)}`, body);

async function post<T>({ config, token }: Api, path: string, body: unknown): Promise<T> {
  const res = await fetch(config.apiBase + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (res.ok) return res.json();
  if (res.status === 409) throw new ContactEditedMeanwhileError();
  if (res.status === 400) {
    const refusal = (await res.json().catch(() => ({}))) as Partial<HttpError>;
    throw new ContactRefusedError(refusal.error ?? `contacts answered HTTP ${res.status}`, refusal.field);
  }
  throw new Error(`contacts answered HTTP ${res.status}`);
}

/** A person with company, chats, requests and activities. */
export const fetchPerson = (api: Api, personId: string) => get<PersonPanelResponse>(api, `${CONSOLE_PATHS.contacts}/${encodeURIComponent(personId)}`);

export const fetchTranscript = (api: Api, chatId: string) => get<TranscriptResponse>(api, `${CHATS_PATH}/${encodeURIComponent(chatId)}`);
