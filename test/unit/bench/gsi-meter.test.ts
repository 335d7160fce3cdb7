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
});
