/** Outgoing mail: sent through SES from the tenant's sender and recorded; without a sender, recorded and logged only. */
import { SESv2Client, type SendEmailCommand } from '@aws-sdk/client-sesv2';
import { DynamoDBDocumentClient, type PutCommand } from '@aws-sdk/lib-dynamodb';

// Configuration is read once at load, as in a Lambda: the table name must be there first.
process.env.TABLE_NAME = 'parley-test';
process.env.AWS_REGION = 'eu-west-1';
const { config } = require('../../../functions/config') as typeof import('../../../functions/config');
const { sendMail } = require('../../../functions/domain/mailbox') as typeof import('../../../functions/domain/mailbox');

const MAIL = { to: 'mila@example.com', subject: 'Your chat transcript', text: 'Hello Mila,\n[14:05] Anna: Yes.' };
const NOW = Date.UTC(2026, 10, 25, 14, 5);

/** The mailbox as a Lambda with these variables would run it. */
function mailboxWith(env: { mailFrom?: string; mailDelivery?: string }) {
  Object.assign(config, { mailFrom: undefined, mailDelivery: undefined, ...env });
  return { sendMail };
}

let ses: jest.SpyInstance;
let dynamo: jest.SpyInstance;
let warn: jest.SpyInstance;
beforeEach(() => {
  ses = jest.spyOn(SESv2Client.prototype, 'send').mockImplementation(async () => ({ MessageId: 'ses-0001' }));
  dynamo = jest.spyOn(DynamoDBDocumentClient.prototype, 'send').mockImplementation(async () => ({}));
  warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
  jest.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => jest.restoreAllMocks());

const stored = () => (dynamo.mock.calls.map(([command]) => command as PutCommand).find((c) => c.constructor.name === 'PutCommand')!).input.Item;

test('with a sender, the mail goes out through SES as plain UTF-8 text and is recorded as sent', async () => {
  await mailboxWith({ mailFrom: 'support@acme.example' }).sendMail(MAIL, NOW);
  const { input } = ses.mock.calls[0][0] as SendEmailCommand;
  expect(input).toEqual({
    FromEmailAddress: 'support@acme.example',
    Destination: { ToAddresses: ['mila@example.com'] },
    Content: { Simple: { Subject: { Data: MAIL.subject, Charset: 'UTF-8' }, Body: { Text: { Data: MAIL.text, Charset: 'UTF-8' } } } },
  });
  expect(stored()).toMatchObject({ ...MAIL, at: NOW, delivery: 'sent', from: 'support@acme.example', messageId: 'ses-0001' });
});

test('without a sender, the mail is recorded, not sent, and the log says why', async () => {
  await mailboxWith({}).sendMail(MAIL, NOW);
  expect(ses).not.toHaveBeenCalled();
  expect(stored()).toMatchObject({ ...MAIL, delivery: 'no-sender' });
  expect(warn).toHaveBeenCalledWith(expect.stringContaining('no sender is configured'));
});

test('when SES refuses, the mail is recorded as failed and the caller goes on', async () => {
  ses.mockImplementation(async () => {
    throw Object.assign(new Error('Email address is not verified'), { name: 'MessageRejected' });
  });
  const mail = await mailboxWith({ mailFrom: 'support@acme.example' }).sendMail(MAIL, NOW);
  expect(mail.delivery).toBe('failed');
  expect(stored()).toMatchObject({ delivery: 'failed', failure: 'MessageRejected' });
});

test('in the local runtime nothing is sent, even with a sender: the mailbox page is the delivery', async () => {
  await mailboxWith({ mailFrom: 'support@acme.example', mailDelivery: 'local-mailbox' }).sendMail(MAIL, NOW);
  expect(ses).not.toHaveBeenCalled();
  expect(stored()).toMatchObject({ delivery: 'local-mailbox' });
  expect(warn).not.toHaveBeenCalled();
});
