/**
 * The tenant's mail sender (`-c mailFrom=support@acme.example`): checked when the stack is built,
 * and the one permission to send as it.
 */
import { Stack } from 'aws-cdk-lib';
import { PolicyStatement, type IRole } from 'aws-cdk-lib/aws-iam';

const ADDRESS = /^[^\s@]+@([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+)$/i;

export class MailSenderError extends Error {}

/** The sender address if it is one, else a MailSenderError that says what is wrong with it. */
export function checkMailFrom(value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || !ADDRESS.test(value)) {
    throw new MailSenderError(`Invalid mailFrom ${JSON.stringify(value)}: give the address mail is sent from, e.g. -c mailFrom=support@acme.example`);
  }
  return value;
}

/**
 * Lets `role` send (SES v2 SendEmail, nothing else) only from `from`, through its verified identity:
 * the address itself or its domain, whichever the tenant verified in SES. Written out rather than
 * EmailIdentity.grantSendEmail, which also allows SendRawEmail and any sender at the domain.
 */
export function grantSendMailFrom(role: IRole, from: string): void {
  const { region, account, partition } = Stack.of(role);
  const domain = from.split('@')[1].toLowerCase();
  role.addToPrincipalPolicy(new PolicyStatement({
    actions: ['ses:SendEmail'],
    resources: [from, domain].map((identity) => `arn:${partition}:ses:${region}:${account}:identity/${identity}`),
    conditions: { StringEquals: { 'ses:FromAddress': from } },
  }));
}
