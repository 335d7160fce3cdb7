/** The handlers' clock cannot be shifted on AWS: the stack never passes the local runtime's clock offset, even from the deploying shell. */
import { CLOCK_OFFSET_FILE } from '../../functions/adapters/clock';
import { synthParley } from './parley-template';

test('no handler is given a clock offset, even when the deploying shell has one set', () => {
  process.env[CLOCK_OFFSET_FILE] = '/tmp/offset-ms';
  try {
    const functions = Object.values(synthParley().template.findResources('AWS::Lambda::Function', { Properties: { Runtime: 'nodejs22.x' } }));
    expect(functions.length).toBeGreaterThan(30);
    for (const fn of functions) expect(Object.keys(fn.Properties.Environment?.Variables ?? {}).filter((name) => name.startsWith('PARLEY_CLOCK'))).toEqual([]);
  } finally {
    delete process.env[CLOCK_OFFSET_FILE];
  }
});
