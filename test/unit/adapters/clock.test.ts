/** The clock adapter: real time, shifted by the offset file only outside Lambda. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLOCK_OFFSET_FILE, clockFor } from '../../../functions/adapters/clock';

const REAL = 1_800_000_000_000;
const realNow = () => REAL;
let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clock-'));
  file = join(dir, 'offset');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('without the variable the clock is real time', () => {
  expect(clockFor({}, realNow)()).toBe(REAL);
});

test('locally the offset in the file is added, and a change of the file is seen at the next call', () => {
  const now = clockFor({ [CLOCK_OFFSET_FILE]: file }, realNow);
  writeFileSync(file, '-3600000');
  expect(now()).toBe(REAL - 3_600_000);
  writeFileSync(file, '60000');
  expect(now()).toBe(REAL + 60_000);
});

test('a missing file means real time', () => {
  expect(clockFor({ [CLOCK_OFFSET_FILE]: file }, realNow)()).toBe(REAL);
});

test('on Lambda the variable is ignored', () => {
  writeFileSync(file, '60000');
  expect(clockFor({ [CLOCK_OFFSET_FILE]: file, AWS_LAMBDA_FUNCTION_NAME: 'Parley-acme-HttpAvailability' }, realNow)()).toBe(REAL);
});

test('a file that holds no number is an error that names the variable', () => {
  writeFileSync(file, 'tomorrow');
  expect(() => clockFor({ [CLOCK_OFFSET_FILE]: file }, realNow)()).toThrow(CLOCK_OFFSET_FILE);
});
