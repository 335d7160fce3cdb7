/** The tenant's data as JSON lines, one item a line, with every secret left out (see store/export.ts). */
import { exportableItems } from '../store';

/** Sets (a chat's connections) become arrays; everything else is plain JSON already. */
const plain = (_key: string, value: unknown) => (value instanceof Set ? [...value] : value);

/** Hands each line to `write` (awaited, so a slow file applies back-pressure); returns how many items. */
export async function exportData(write: (line: string) => Promise<void> | void): Promise<number> {
  let count = 0;
  for await (const page of exportableItems()) {
    for (const item of page) {
      await write(`${JSON.stringify(item, plain)}\n`);
      count += 1;
    }
  }
  return count;
}
