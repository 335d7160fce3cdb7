/** The search terms a contact is saved with: what the contact search can find them by. */

// Configuration is read once at load, as in a Lambda: the table name must be there first.
process.env.TABLE_NAME = 'parley-test';
const { searchTerms } = require('../../../functions/domain/contacts') as typeof import('../../../functions/domain/contacts');

describe('searchTerms', () => {
  test("holds each word of the company's name, accents and case ignored", () => {
    const terms = searchTerms({ name: 'Mila Bakker' }, 'Tulip BV');
    expect(terms).toEqual(expect.arrayContaining(['tulip', 'bv']));
    expect(searchTerms({ name: 'Noor' }, 'Café Délft')).toEqual(expect.arrayContaining(['cafe', 'delft']));
  });

  test("holds the email address's domain beside the address and its local part", () => {
    expect(searchTerms({ name: 'Mila Bakker', email: 'Mila@Example.com' })).toEqual(expect.arrayContaining(['mila@example.com', 'mila', 'example.com']));
  });

  test('without a company or an email, holds the name and phone terms only', () => {
    expect(searchTerms({ name: 'Mila Bakker', phone: '020 1234' })).toEqual(['mila', 'bakker', '0201234', '201234', '01234', '1234']);
  });
});
