import { indexWriteUnits } from '../../../bench/gsi-meter';

const keys = ['agentPk', 'activityAt'];
/** Sizes in bytes, stated on the item, so the rules are what is under test. */
const size = (item: Record<string, unknown>) => item.bytes as number;
const item = (fields: Record<string, unknown>, bytes = 500) => ({ bytes, ...fields });

describe('indexWriteUnits (DynamoDB GSI write rules)', () => {
  test('an item outside the index before and after costs the index nothing', () => {
    expect(indexWriteUnits(keys, item({}), item({ other: 1 }), size)).toBe(0);
  });

  test('an item entering the index is one put, sized by the new item', () => {
    expect(indexWriteUnits(keys, item({}), item({ agentPk: 'A', activityAt: 1 }, 1500), size)).toBe(2);
  });

  test('an item leaving the index is one delete, sized by the old item', () => {
    expect(indexWriteUnits(keys, item({ agentPk: 'A', activityAt: 1 }, 2100), item({}), size)).toBe(3);
  });

  test('an update that keeps the index key is one write, sized by the larger image', () => {
    expect(indexWriteUnits(keys, item({ agentPk: 'A', activityAt: 1 }, 900), item({ agentPk: 'A', activityAt: 1 }, 1100), size)).toBe(2);
  });

  test('a changed index key (a new activityAt) is a delete and a put', () => {
    expect(indexWriteUnits(keys, item({ agentPk: 'A', activityAt: 1 }), item({ agentPk: 'A', activityAt: 2 }), size)).toBe(2);
  });

  test('a new item with no old image counts as entering', () => {
    expect(indexWriteUnits(keys, undefined, item({ agentPk: 'A', activityAt: 1 }), size)).toBe(1);
  });

  const keysOnly = ['pk', 'sk', 'agentPk', 'activityAt'];

  test('a keys-only index is not written when only other attributes change', () => {
    const chat = { pk: 'CHAT#1', sk: 'CHAT', agentPk: 'A', activityAt: 1 };
    expect(indexWriteUnits(keys, item({ ...chat, lastSeq: 1 }, 1500), item({ ...chat, lastSeq: 2 }, 1600), size, keysOnly)).toBe(0);
  });

  test('a keys-only index entry is sized by its keys, not by the item', () => {
    const keySize = (image: Record<string, unknown>) => (image.bytes as number | undefined) ?? Object.keys(image).length * 10;
    expect(indexWriteUnits(keys, item({ pk: 'CHAT#1', agentPk: 'A', activityAt: 1 }, 3000), item({ pk: 'CHAT#1', agentPk: 'A', activityAt: 2 }, 3000), keySize, keysOnly)).toBe(2);
  });
});
