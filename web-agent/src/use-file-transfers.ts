/** One FileTransfers per client; the component re-renders as uploads progress. */
import { nanoid } from 'nanoid';
import { useMemo, useReducer } from 'preact/hooks';
import type { BrowserClient } from '../../functions/protocol/browser-client';
import { createFileTransfers, type FileTransfers } from '../../functions/protocol/browser/file-transfers';

export function useFileTransfers(client: BrowserClient): FileTransfers {
  const [, rerender] = useReducer((n: number, _: undefined) => n + 1, 0);
  return useMemo(() => createFileTransfers(client, () => rerender(undefined), () => nanoid()), [client]);
}
