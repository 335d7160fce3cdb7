/** One admin call at a time from a dialog: busy while it runs, the server's reason when refused, until the form is edited. */
import { useState } from 'preact/hooks';
import type { AgentChangeResponse } from '../../functions/protocol/admin';
import { AdminApiError } from './admin-api';
import { ta } from './admin-strings';

export function useAdminAction(onDone: (result: AgentChangeResponse) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function run(call: () => Promise<AgentChangeResponse>) {
    setBusy(true);
    setError(undefined);
    try {
      onDone(await call());
    } catch (err) {
      setError(err instanceof AdminApiError ? err.message : ta.unreachable);
      setBusy(false);
    }
  }

  /** For the form's input events: a refusal is about what was sent, not what is being typed now. */
  const clear = () => setError(undefined);

  return { busy, error, run, clear };
}
