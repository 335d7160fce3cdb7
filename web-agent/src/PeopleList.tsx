/** Contacts found for the chat, each with a Link button (named after the person, so each is told apart). */
import type { PersonView } from '../../functions/protocol/contacts';
import { t } from './strings';

interface Props {
  people: PersonView[];
  label: string;
  /** The person being linked right now, if any. */
  busy?: string;
  disabled: boolean;
  onLink(personId: string): void;
}

export function PeopleList({ people, label, busy, disabled, onLink }: Props) {
  return (
    <ul class="people" aria-label={label}>
      {people.map((person) => (
        <li key={person.personId}>
          <span class="person-name">{person.name}</span>
          <span class="muted small">{[person.email, person.phone].filter(Boolean).join(' · ')}</span>
          <button type="button" aria-label={t.contact.linkName(person.name)} disabled={disabled || !!busy} onClick={() => onLink(person.personId)}>
            {busy === person.personId ? t.contact.linking : t.contact.link}
          </button>
        </li>
      ))}
    </ul>
  );
}
