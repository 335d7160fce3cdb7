/**
 * The post-chat form follows its channel's settings: switched off, an ended chat offers only a new
 * chat; without transcripts by email, the form asks for a rating and a comment but offers no transcript.
 */
import { defaultChannelSettings } from '../../functions/protocol/channel-defaults';
import { api, loginAgent } from '../support/clients';
import { ADMIN, MILA, NOOR, pagesClosedAfterEach } from './steps';
import { answerNext, askQuestion, launcher, openHostWorld, say, worldPerFile, type HostWorld } from './widget-steps';

let world: HostWorld;
const track = pagesClosedAfterEach();

worldPerFile(openHostWorld, async (opened) => {
  world = opened;
  const { token } = await loginAgent(world.runtime.url, ADMIN.email, ADMIN.password);
  const save = async (id: string, postChatForm: { enabled: boolean; transcriptByEmail: boolean }) => {
    const settings = { ...defaultChannelSettings(id), name: id, postChatForm: { ...defaultChannelSettings().postChatForm, ...postChatForm } };
    expect((await api(world.runtime.url, '/api/channels', { token, body: { settings, version: 0 } })).status).toBe(200);
  };
  await save('no-form', { enabled: false, transcriptByEmail: true });
  await save('no-mail', { enabled: true, transcriptByEmail: false });
});

/** A customer on `channel` whose chat Anna answers and ends. */
async function endedChatOn(channel: string, customer: typeof MILA) {
  const shop = track(await world.site.open(world.browser, { snippet: { 'data-channel': channel } }));
  await launcher(shop).click();
  await askQuestion(shop, customer);
  const chatId = await answerNext(world.anna);
  say(world.anna, chatId, 'Happy to help.');
  await shop.getByText('Happy to help.').waitFor();
  world.anna.send({ action: 'chat.end', chatId });
  await shop.getByText('This chat has ended', { exact: true }).waitFor();
  return shop;
}

test('with the form off, an ended chat offers only a new chat', async () => {
  const shop = await endedChatOn('no-form', MILA);
  await shop.getByRole('button', { name: 'Start a new chat' }).waitFor();
  expect(await shop.getByRole('group', { name: /How was this chat/ }).count()).toBe(0);
  expect(await shop.getByRole('button', { name: 'Back to chat' }).count()).toBe(0);
}, 60_000);

test('without transcripts by email, the form asks for a rating but offers no transcript', async () => {
  const shop = await endedChatOn('no-mail', NOOR);
  await shop.getByRole('group', { name: /How was this chat/ }).waitFor();
  await shop.getByRole('button', { name: 'Back to chat' }).waitFor();
  expect(await shop.getByRole('checkbox', { name: 'Send me the transcript' }).count()).toBe(0);
}, 60_000);
