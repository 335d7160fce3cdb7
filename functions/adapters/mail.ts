/** Sending mail through SES (API v2). The client is built on first use: no network at load. */
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';

let client: SESv2Client | undefined;

export interface OutgoingMail { from: string; to: string; subject: string; text: string }

/** Sends a plain-text mail; resolves to SES's message id, rejects with SES's error. */
export async function sendWithSes(mail: OutgoingMail): Promise<string | undefined> {
  client ??= new SESv2Client({ maxAttempts: 3 });
  const utf8 = (Data: string) => ({ Data, Charset: 'UTF-8' });
  const { MessageId } = await client.send(new SendEmailCommand({
    FromEmailAddress: mail.from,
    Destination: { ToAddresses: [mail.to] },
    Content: { Simple: { Subject: utf8(mail.subject), Body: { Text: utf8(mail.text) } } },
  }));
  return MessageId;
}
