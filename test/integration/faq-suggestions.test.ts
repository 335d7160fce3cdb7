/** FAQ suggestions before a chat starts: public per channel, best three matches, titles and answers only, limited per address. */
import type { ChannelSettings, FaqSuggestionsResponse } from '../../functions/protocol';
import { defaultChannelSettings } from '../../functions/protocol/channel-defaults';
import type { TestRuntime } from '../support/runtime';
import { ADMIN } from '../support/admin';
import { runtimePerFile } from '../support/runtime-world';
import { api, loginAgent } from '../support/clients';

/** Enough for the tests before the limit test, small enough that it is spent quickly. */
const FAQ_PER_MINUTE = 20;
let runtime: TestRuntime;

const FAQS = [
  { replyId: 'faq-delivery', title: 'How long does delivery take?', text: 'Orders arrive within <b>two</b> working days.' },
  { replyId: 'faq-returns', title: 'How do I return an order?', text: 'Use the return label in your parcel.', link: 'https://shop.example/returns' },
  { replyId: 'faq-address', title: 'Can I change my delivery address?', text: 'Yes, until the order ships.' },
  { replyId: 'faq-payment', title: 'Which payment methods do you accept?', text: 'iDEAL, credit card and PayPal.' },
];

runtimePerFile(async (started) => {
  runtime = started;
  const { token } = await loginAgent(runtime.url, ADMIN.email, ADMIN.password);
  for (const faq of FAQS) await api(runtime.url, '/api/replies', { token, body: { ...faq, kind: 'faq', shared: true } });
  await api(runtime.url, '/api/replies', { token, body: { replyId: 'tpl-delivery', kind: 'template', shared: true, title: 'Delivery delay', text: 'Sorry, your delivery is late.' } });
  const withFaqs: ChannelSettings = { ...defaultChannelSettings('shop'), name: 'Shop', preChatForm: { requiredFields: ['question'], faqSuggestions: true } };
  for (const settings of [withFaqs, { ...defaultChannelSettings('plain'), name: 'Plain' }]) {
    const saved = await api(runtime.url, '/api/channels', { token, body: { settings, version: 0 } });
    if (saved.status !== 200) throw new Error(`channel not saved: ${JSON.stringify(saved.body)}`);
  }
}, [], { handlerEnv: { LIMIT_FAQ_PER_MINUTE: String(FAQ_PER_MINUTE) } });

const suggest = (channel: string, q: string) => api<FaqSuggestionsResponse & { error?: string }>(runtime.url, `/api/widget/${channel}/faq?q=${encodeURIComponent(q)}`, { method: 'GET' });

test('a question typed so far gets the best matching FAQ entries, without a token', async () => {
  const { status, body } = await suggest('shop', 'change my deliv');
  expect(status).toBe(200);
  expect(body.suggestions.map((s) => s.id)).toEqual(['faq-address', 'faq-delivery']);
});

test('suggestions carry only the title and the answer as stored', async () => {
  const { body } = await suggest('shop', 'return');
  expect(body.suggestions).toEqual([{ id: 'faq-returns', title: 'How do I return an order?', answer: 'Use the return label in your parcel.' }]);
});

test('at most three are suggested, and templates never', async () => {
  const { body } = await suggest('shop', 'how delivery order payment');
  expect(body.suggestions).toHaveLength(3);
  expect(body.suggestions.map((s) => s.id)).not.toContain('tpl-delivery');
});

test('a channel without FAQ suggestions, or none at all, answers 404', async () => {
  expect((await suggest('plain', 'delivery')).status).toBe(404);
  expect((await suggest('nowhere', 'delivery')).status).toBe(404);
});

test('an address asking more often than the limit is refused with 429', async () => {
  const statuses: number[] = [];
  // A minute boundary may pass during the loop and open a new window once; twice the limit still runs out.
  for (let i = 0; i <= 2 * FAQ_PER_MINUTE && !statuses.includes(429); i++) statuses.push((await suggest('shop', 'delivery')).status);
  expect(statuses.at(-1)).toBe(429);
  expect(statuses.slice(0, -1).every((s) => s === 200)).toBe(true);
});
