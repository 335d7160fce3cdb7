/** Correcting a contact from the side panel: details, search terms, company, and what waits for its address. */
import { ANNA, type TestRuntime } from '../support/runtime';
import { signedInPerTest } from '../support/runtime-world';
import { api, newVisitor, type Client } from '../support/clients';
import type { ContactCreateResponse, ContactSearchResponse, ContactUpdateResponse, OfflineRequestResponse, PersonPanelResponse } from '../../functions/protocol';

let runtime: TestRuntime;
let token: string;
const clients: Client[] = [];

signedInPerTest(ANNA, (world) => ({ runtime, token } = world), clients);

const createContact = async (body: object) => (await api<ContactCreateResponse>(runtime.url, '/api/contacts', { token, body })).body.person;
const edit = (personId: string, body: object) => api<ContactUpdateResponse & { error?: string; field?: string }>(runtime.url, `/api/contacts/${personId}`, { token, body });
const search = async (q: string) => (await api<ContactSearchResponse>(runtime.url, `/api/contacts?q=${encodeURIComponent(q)}`, { method: 'GET', token })).body.people.map((p) => p.personId);
const panel = async (personId: string) => (await api<PersonPanelResponse>(runtime.url, `/api/contacts/${personId}`, { method: 'GET', token })).body;

describe('editing a contact', () => {
  test('the new details show on the card and find the contact; the old ones no longer do', async () => {
    const mila = await createContact({ name: 'Mila Bakker', email: 'mila@example.com', phone: '+31 20 123 4567', companyName: 'Tulip BV' });

    const saved = await edit(mila.personId, { name: 'Mila de Vries', email: 'mila@devries.example', phone: '+31 6 9876 5432', companyName: 'Orchid NV', version: 0 });

    expect(saved.status).toBe(200);
    const card = await panel(mila.personId);
    expect(card.person).toMatchObject({ name: 'Mila de Vries', email: 'mila@devries.example', phone: '+31 6 9876 5432', version: 1, createdAt: mila.createdAt });
    expect(card.company).toMatchObject({ name: 'Orchid NV', companyId: mila.companyId });
    for (const typed of ['vries', 'mila@devries', 'devries.example', 'orchid', '06 9876 5432']) expect(await search(typed)).toEqual([mila.personId]);
    for (const typed of ['bakker', 'example.com', 'tulip', '020 123 4567']) expect(await search(typed)).toEqual([]);
    // Still found by what the old and new details share.
    expect(await search('mila')).toEqual([mila.personId]);
  });

  test('a field left out is cleared, and a contact without a company gains one', async () => {
    const noor = await createContact({ name: 'Noor Visser', email: 'noor@example.com', phone: '020 555 1234' });

    expect((await edit(noor.personId, { name: 'Noor Visser', companyName: 'Thread & Co', version: 0 })).status).toBe(200);

    const card = await panel(noor.personId);
    expect(card.person.email).toBeUndefined();
    expect(card.person.phone).toBeUndefined();
    expect(card.company?.name).toBe('Thread & Co');
    expect(await search('noor@example')).toEqual([]);
    expect(await search('thread')).toEqual([noor.personId]);

    expect((await edit(noor.personId, { name: 'Noor Visser', version: 1 })).status).toBe(200);
    expect((await panel(noor.personId)).company).toBeUndefined();
    expect(await search('thread')).toEqual([]);
  });

  test("of two agents editing from the same version, the second is refused and the first one's edit stays", async () => {
    const sem = await createContact({ name: 'Sem Jansen' });

    expect((await edit(sem.personId, { name: 'Sem Janssen', version: 0 })).status).toBe(200);
    const late = await edit(sem.personId, { name: 'Sem Jansen-Smit', version: 0 });

    expect(late).toEqual({ status: 409, body: { error: 'Someone else changed this contact just now; check the details and save again' } });
    expect((await panel(sem.personId)).person).toMatchObject({ name: 'Sem Janssen', version: 1 });
    expect(await search('smit')).toEqual([]);
  });

  test('a bad email address is refused with its field and changes nothing', async () => {
    const mila = await createContact({ name: 'Mila Bakker', email: 'mila@example.com' });

    expect(await edit(mila.personId, { name: 'Mila Bakker', email: 'mila@', version: 0 })).toEqual({ status: 400, body: { error: 'email: email address is not valid', field: 'email' } });
    expect(await edit(mila.personId, { name: ' ', version: 0 })).toMatchObject({ status: 400, body: { field: 'name' } });

    expect((await panel(mila.personId)).person).toEqual(mila);
    expect(await search('mila@example.com')).toEqual([mila.personId]);
  });

  test('a contact that does not exist is not found', async () => {
    expect((await edit('no-such-person-1', { name: 'Nobody', version: 0 })).status).toBe(404);
    expect((await edit('bad id', { name: 'Nobody', version: 0 })).status).toBe(404);
  });

  test('a request left through the offline form under the corrected address moves to the card', async () => {
    const { token: visitor } = await newVisitor(runtime.url);
    const sent = await api<OfflineRequestResponse>(runtime.url, '/api/offline-requests', { token: visitor, body: { name: 'Mila', email: 'mila@example.com', message: 'Please call me back.' } });
    const mila = await createContact({ name: 'Mila Bakker', email: 'mila@exampel.com' });
    expect((await panel(mila.personId)).requests).toEqual([]);

    await edit(mila.personId, { name: 'Mila Bakker', email: 'mila@example.com', version: 0 });

    expect((await panel(mila.personId)).requests).toEqual([expect.objectContaining({ number: sent.body.number, personId: mila.personId })]);
  });
});
