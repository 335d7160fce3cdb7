/** "Search contacts": name, email or phone, searched as the agent types; each result can be linked. */
import type { Api } from './contacts-api';
import { useContactSearch } from './use-contact-search';
import { PeopleList } from './PeopleList';
import { t } from './strings';

interface Props {
  api: Api;
  busy?: string;
  disabled: boolean;
  onLink(personId: string): void;
}

export function ContactSearchBox({ api, busy, disabled, onLink }: Props) {
  const { state, type } = useContactSearch(api);
  return (
    <div class="contact-search" role="search">
      <label>
        {t.contact.search}
        <input type="search" placeholder={t.contact.searchHint} autocomplete="off" onInput={(e) => type(e.currentTarget.value)} />
      </label>
      <div aria-live="polite">
        {state.kind === 'searching' && <p class="muted small">{t.contact.searching}</p>}
        {state.kind === 'failed' && <p class="error small">{t.contact.searchFailed}</p>}
        {state.kind === 'done' && state.people.length === 0 && <p class="muted small">{t.contact.noResults}</p>}
      </div>
      {state.kind === 'done' && state.people.length > 0 && <PeopleList people={state.people} label={t.contact.results} busy={busy} disabled={disabled} onLink={onLink} />}
    </div>
  );
}
