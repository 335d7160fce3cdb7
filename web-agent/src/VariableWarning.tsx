/**
 * Names the template variables the composer could not fill, until the agent has replaced them; after
 * a send they held back (`held`), says first that it was not sent.
 */
import { t } from './strings';

export function VariableWarning({ id, names, held }: { id: string; names: string[]; held?: boolean }) {
  const warning = names.length > 0 ? t.replies.unknownVariables(names) : '';
  return (
    <p id={id} class="composer-warning" role="status">
      {held && warning ? `${t.replies.notSent} ${warning}` : warning}
    </p>
  );
}
