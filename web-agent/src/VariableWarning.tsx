/** Names the template variables the composer could not fill, until the agent has replaced them. */
import { t } from './strings';

export function VariableWarning({ id, names }: { id: string; names: string[] }) {
  return (
    <p id={id} class="composer-warning" role="status">
      {names.length > 0 ? t.replies.unknownVariables(names) : ''}
    </p>
  );
}
