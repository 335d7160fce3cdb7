/** The tenant's mail sender: only the handlers with `mail` access are told it and may send as it, and only as it. */
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { ENV, handlers } from '../../infra/manifest';
import type { ParleyStack } from '../../infra/aws/parley-stack';
import { parleyApp, synthParley } from './parley-template';

const SENDER = 'support@acme.example';
const mailing = handlers.filter((spec) => spec.access.mail);
const roleOf = (stack: ParleyStack, name: string) => stack.handlerFunctions.find((h) => h.node.id === name)!.function.role!;

describe('with -c mailFrom', () => {
  let stack: ParleyStack;
  let template: Template;
  beforeAll(() => {
    ({ stack, template } = synthParley({ mailFrom: SENDER }));
  });

  test('some handler sends mail (the post-chat form)', () => {
    expect(mailing.map((spec) => spec.name)).toContain('WsChatFeedback');
  });

  test.each(mailing.map((spec) => [spec.name]))('%s is told the sender', (name) => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Role: stack.resolve(roleOf(stack, name).roleArn),
      Environment: { Variables: Match.objectLike({ [ENV.mailFrom]: SENDER }) },
    });
  });

  test.each(mailing.map((spec) => [spec.name]))('%s may call ses:SendEmail only from the sender, on its address or domain identity', (name) => {
    const identity = (id: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':ses:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, `:identity/${id}`]] });
    template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [stack.resolve(roleOf(stack, name).roleName)],
      PolicyDocument: {
        Statement: Match.arrayWith([{
          Action: 'ses:SendEmail',
          Effect: 'Allow',
          Resource: [identity(SENDER), identity('acme.example')],
          Condition: { StringEquals: { 'ses:FromAddress': SENDER } },
        }]),
      },
    });
  });

  test('no other handler is told the sender or may use SES', () => {
    for (const spec of handlers.filter((entry) => !entry.access.mail)) {
      const role = roleOf(stack, spec.name);
      const fn = template.findResources('AWS::Lambda::Function', { Properties: { Role: stack.resolve(role.roleArn) } });
      expect(JSON.stringify(fn)).not.toContain(ENV.mailFrom);
      expect(JSON.stringify(template.findResources('AWS::IAM::Policy', { Properties: { Roles: [stack.resolve(role.roleName)] } }))).not.toContain('ses:');
    }
  });
});

test('without a sender no function may use SES and none is told a sender', () => {
  const { template } = synthParley();
  expect(JSON.stringify(template.findResources('AWS::IAM::Policy'))).not.toContain('ses:');
  expect(JSON.stringify(template.findResources('AWS::Lambda::Function'))).not.toContain(ENV.mailFrom);
});

test('a sender that is not an email address is refused with the reason', () => {
  expect(() => parleyApp({ tenant: 'acme', mailFrom: 'support-at-acme' })).toThrow('Invalid mailFrom "support-at-acme": give the address mail is sent from, e.g. -c mailFrom=support@acme.example');
});
