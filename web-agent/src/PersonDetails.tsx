/** The linked person: name, email, phone and company, with Edit to correct them and Change to link someone else. */
import { useEffect, useRef } from 'preact/hooks';
import type { PersonPanelResponse } from '../../functions/protocol/contacts';
import { t } from './strings';
import { DetailsList, type Detail } from './DetailsList';

interface Props {
  panel: PersonPanelResponse;
  onChange?(): void;
  onEdit?(): void;
}

export function PersonDetails({ panel, onChange, onEdit }: Props) {
  const { person, company } = panel;
  const heading = useRef<HTMLHeadingElement>(null);
  const rows: Detail[] = [
    [t.contact.email, person.email],
    [t.contact.phone, person.phone],
    [t.contact.company, company?.name],
  ];

  // The Link button that was pressed is gone now; the person it linked is where focus belongs.
  useEffect(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body || !active.isConnected) heading.current?.focus();
  }, [person.personId]);

  return (
    <section class="panel-section person" aria-labelledby="person-title">
      <div class="person-head">
        <h3 id="person-title" ref={heading} tabIndex={-1}>
          {person.name}
        </h3>
        <span class="person-actions">
          {onEdit && (
            <button type="button" class="link" aria-label={t.contact.editName} onClick={onEdit}>
              {t.contact.edit}
            </button>
          )}
          {onChange && (
            <button type="button" class="link" aria-label={t.contact.changeName} onClick={onChange}>
              {t.contact.change}
            </button>
          )}
        </span>
      </div>
      <DetailsList rows={rows} />
    </section>
  );
}
