import { bestMatches, words } from '../../../functions/domain/faq-matching';
import type { ReplyView } from '../../../functions/protocol';

const faq = (replyId: string, title: string, text: string): ReplyView => ({ replyId, kind: 'faq', shared: true, folder: 'General', title, text, updatedAt: 0 });

const FAQS = [
  faq('delivery', 'How long does delivery take?', 'Orders arrive within two working days.'),
  faq('returns', 'How do I return an order?', 'Use the return label in your parcel.'),
  faq('payment', 'Which payment methods do you accept?', 'iDEAL, credit card and PayPal.'),
  faq('address', 'Can I change my delivery address?', 'Yes, until the order ships.'),
  faq('cafe', 'Is there a café?', 'Our café opens at nine.'),
];
const ids = (question: string) => bestMatches(question, FAQS).map((f) => f.replyId);

describe('words', () => {
  test('are lower case, without accents, without single letters and without the stop words of English and Dutch', () => {
    expect(words('Is de Café OPEN? A TV')).toEqual(['cafe', 'open', 'tv']);
    expect(words('Is het garen in de uitverkoop')).toEqual(['garen', 'uitverkoop']);
  });
});

describe('bestMatches', () => {
  test('ranks a word in the title above the same word in an answer only', () => {
    expect(ids('order')).toEqual(['returns', 'address', 'delivery']);
  });

  test('ranks an entry matching more of the question first', () => {
    expect(ids('change delivery address')[0]).toBe('address');
  });

  test('matches the word still being typed as a prefix', () => {
    expect(ids('payme')).toEqual(['payment']);
  });

  test('does not match an earlier word as a prefix', () => {
    expect(ids('payme card')).toEqual(['payment']);
    expect(ids('pay card')).toEqual(['payment']);
  });

  test('suggests at most three', () => {
    expect(ids('how do delivery order return payment')).toHaveLength(3);
  });

  test('suggests nothing when nothing matches or nothing is typed', () => {
    expect([ids('weather'), ids(''), ids('?')]).toEqual([[], [], []]);
  });

  test("matches no entry by the little words of a question: a Dutch one finds no English entry, and 'my' or 'is' alone match nothing", () => {
    const colour = faq('colour', 'Why does my colour differ from the photo?', 'Screens show colours differently.');
    const many = [...FAQS, colour];
    expect(bestMatches('Is het garen in de uitverkoop', many)).toEqual([]);
    expect(bestMatches('My order is broken', many).map((f) => f.replyId)).not.toContain('colour');
  });

  test('matches accented words without their accents', () => {
    expect(ids('cafe')).toEqual(['cafe']);
  });
});
