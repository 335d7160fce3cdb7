import { DUMMY_HASH, hashPassword, verifyPassword } from '../../../functions/domain/passwords';

describe('hashPassword', () => {
  test('gives a different hash for the same password each time (salted)', async () => {
    expect(await hashPassword('secret')).not.toBe(await hashPassword('secret'));
  });

  test('never contains the password', async () => {
    expect(await hashPassword('correct horse')).not.toContain('correct horse');
  });
});

describe('verifyPassword', () => {
  test('accepts the password that was hashed', async () => {
    expect(await verifyPassword('s3cret!', await hashPassword('s3cret!'))).toBe(true);
  });

  test('refuses any other password', async () => {
    expect(await verifyPassword('s3cret?', await hashPassword('s3cret!'))).toBe(false);
  });

  test('refuses everything against the dummy hash used for unknown emails', async () => {
    expect(await verifyPassword('', DUMMY_HASH)).toBe(false);
  });

  test('refuses a stored value of another scheme', async () => {
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
  });
});
