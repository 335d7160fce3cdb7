/** The search box's state: debounced contact search, the latest answer only. */
import { useEffect, useState } from 'preact/hooks';
import { createContactSearch, type ContactSearch, type SearchState } from './contact-search';
import { searchContacts, type Api } from './contacts-api';

export function useContactSearch(api: Api): { state: SearchState; type(query: string): void } {
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const [search, setSearch] = useState<ContactSearch>();

  useEffect(() => {
    const created = createContactSearch({ search: (query) => searchContacts(api, query), onChange: setState });
    setSearch(created);
    return () => created.dispose();
  }, [api.config, api.token]);

  return { state, type: (query) => search?.type(query) };
}
