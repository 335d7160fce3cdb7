/**
 * One FileTransfers per client; the component re-renders as uploads progress. Its refusals are shown
 * by the upload or the attachment they concern, not again in the notice bar: its refs are local.
 */
import { useMemo, useReducer } from 'preact/hooks';
import type { BrowserClient } from '../../functions/protocol/browser-client';
import { createFileTransfers, type FileTransfers } from '../../functions/protocol/browser/file-transfers';
import { localRef } from './local-ref';

export function useFileTransfers(client: BrowserClient): FileTransfers {
  const [, rerender] = useReducer((n: number, _: undefined) => n + 1, 0);
  return useMemo(() => createFileTransfers(client, () => rerender(undefined), localRef), [client]);
}
