import { parseArgs } from '../../../bench/args';

describe('parseArgs --messages', () => {
  test('is 20 messages a chat unless asked, and the run stands for the recorded figures', () => {
    const options = parseArgs([], '/repo');

    expect(options.messagesPerChat).toBe(20);
    expect(options.writeDocs).toBe(true);
  });

  test('takes another even number, and writes under bench/out/ as any custom run', () => {
    const options = parseArgs(['--messages', '60', '--levels', '10'], '/repo');

    expect(options.messagesPerChat).toBe(60);
    expect(options.outDir).toBe('/repo/bench/out/custom');
  });

  test('refuses an odd number or one past 200', () => {
    expect(() => parseArgs(['--messages', '21'], '/repo')).toThrow(/even whole number/);
    expect(() => parseArgs(['--messages', '202'], '/repo')).toThrow(/even whole number/);
  });
});
