/** Custom metrics leave as one Embedded Metric Format line on stdout, and only where a namespace is set. */

function loadRecordMetrics(env: Record<string, string>) {
  const saved = { ...process.env };
  Object.assign(process.env, { TABLE_NAME: 't', ...env });
  let recordMetrics!: typeof import('../../../functions/adapters/metrics').recordMetrics;
  jest.isolateModules(() => { ({ recordMetrics } = require('../../../functions/adapters/metrics')); });
  process.env = saved;
  return recordMetrics;
}

function captureStdout(run: () => void): string {
  const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try { run(); return write.mock.calls.map((call) => String(call[0])).join(''); } finally { write.mockRestore(); }
}

test('writes one EMF line with the namespace, each metric and its value', () => {
  const recordMetrics = loadRecordMetrics({ METRICS_NAMESPACE: 'Parley/acme' });
  const out = captureStdout(() => recordMetrics({ ChatsPastManagerWarning: 3 }, 1_700_000_000_000));
  expect(out.endsWith('\n')).toBe(true);
  expect(JSON.parse(out)).toEqual({
    _aws: {
      Timestamp: 1_700_000_000_000,
      CloudWatchMetrics: [{ Namespace: 'Parley/acme', Dimensions: [[]], Metrics: [{ Name: 'ChatsPastManagerWarning', Unit: 'Count' }] }],
    },
    ChatsPastManagerWarning: 3,
  });
});

test('writes nothing without a namespace', () => {
  const recordMetrics = loadRecordMetrics({ METRICS_NAMESPACE: '' });
  expect(captureStdout(() => recordMetrics({ ChatsPastManagerWarning: 3 }))).toBe('');
});
