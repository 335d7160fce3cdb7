/**
 * dynalite maintains global secondary indexes but reports no capacity for writing them; DynamoDB
 * bills it. This wraps dynalite's index update (one call per item write, with the item before and
 * after) and applies DynamoDB's rules for a GSI, on the index's image of the item (the whole item
 * for ProjectionType ALL; the table and index keys, plus any NonKeyAttributes, otherwise):
 *   - the item enters the index: one put, sized by the new image;
 *   - it leaves the index: one delete, sized by the old image;
 *   - it stays with the same index key: one update, sized by the larger image — none when no
 *     projected attribute changed (so a KEYS_ONLY index is not written when other attributes change);
 *   - its index key changes (e.g. a new sort-key value): a delete and a put.
 * Each costs one write unit per started KB. Benchmark-only: it patches the dynalite module loaded in
 * this process, before the runtime starts it.
 */

type AttributeMap = Record<string, unknown>;
interface KeySchema { AttributeName: string }
interface TableDescription {
  KeySchema: KeySchema[];
  GlobalSecondaryIndexes?: { IndexName: string; KeySchema: KeySchema[]; Projection?: { ProjectionType?: string; NonKeyAttributes?: string[] } }[];
}

/** Which attributes an index holds: all of them, or these. */
export type Projected = 'ALL' | string[];

export interface IndexWrites { writeUnits: number; byIndex: Record<string, number> }

const writes: IndexWrites = { writeUnits: 0, byIndex: {} };

export function indexWrites(): IndexWrites {
  return structuredClone(writes);
}

/** Write units one item change costs in one index; exported for the unit test. */
export function indexWriteUnits(
  keyNames: string[], before: AttributeMap | null | undefined, after: AttributeMap | null | undefined, size: (item: AttributeMap) => number,
  projected: Projected = 'ALL',
): number {
  const image = (item: AttributeMap) => (projected === 'ALL' ? item : Object.fromEntries(projected.filter((a) => a in item).map((a) => [a, item[a]])));
  const kb = (item: AttributeMap) => Math.max(1, Math.ceil(size(image(item)) / 1024));
  const inIndex = (item: AttributeMap | null | undefined): item is AttributeMap => !!item && keyNames.every((k) => item[k] != null);
  const key = (item: AttributeMap) => JSON.stringify(keyNames.map((k) => item[k]));
  const was = inIndex(before);
  const is = inIndex(after);
  if (was && is && key(before) !== key(after)) return kb(before) + kb(after);
  if (was && is) return projected !== 'ALL' && JSON.stringify(image(before)) === JSON.stringify(image(after)) ? 0 : Math.max(kb(before), kb(after));
  if (is) return kb(after);
  if (was) return kb(before);
  return 0;
}

export function installIndexWriteMeter(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const db = require('dynalite/db') as {
    itemSize(item: AttributeMap): number;
    updateIndexes(store: unknown, table: TableDescription, existing: AttributeMap | null, item: AttributeMap | null, cb: unknown): void;
  };
  const original = db.updateIndexes;
  db.updateIndexes = function meteredUpdateIndexes(store, table, existing, item, cb) {
    for (const index of table.GlobalSecondaryIndexes ?? []) {
      const indexKeys = index.KeySchema.map((k) => k.AttributeName);
      const projection = index.Projection ?? {};
      const projected: Projected = projection.ProjectionType === 'ALL' || !projection.ProjectionType
        ? 'ALL'
        : [...table.KeySchema.map((k) => k.AttributeName), ...indexKeys, ...(projection.NonKeyAttributes ?? [])];
      const units = indexWriteUnits(indexKeys, existing, item, (i) => db.itemSize(i), projected);
      writes.writeUnits += units;
      writes.byIndex[index.IndexName] = (writes.byIndex[index.IndexName] ?? 0) + units;
    }
    return original.call(this, store, table, existing, item, cb);
  };
}
