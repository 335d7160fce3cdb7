/** `-c` options are checked before anything is built; a wrong one fails with what to write instead. */
import { readTenantOptions } from '../../infra/aws/tenant-options';

const CERTIFICATE = 'arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-aaaa-bbbb-cccc-123456789abc';
const read = (context: Record<string, unknown>) => readTenantOptions((key) => context[key]);

test('a tenant alone gives no domain, any origin and no alarm email', () => {
  expect(read({ tenant: 'acme' })).toEqual({ tenant: 'acme', allowedOrigins: [] });
});

test('reads a domain with its certificate, allowed origins and an alarm email', () => {
  expect(read({ tenant: 'acme', domain: 'Chat.Acme.Example', certificateArn: CERTIFICATE, allowedOrigins: 'https://shop.acme.example/, http://localhost:3000', alarmEmail: 'ops@acme.example' }))
    .toEqual({
      tenant: 'acme',
      domain: { name: 'chat.acme.example', certificateArn: CERTIFICATE },
      allowedOrigins: ['https://shop.acme.example', 'http://localhost:3000'],
      alarmEmail: 'ops@acme.example',
    });
});

test.each([
  [{ domain: 'chat.acme.example' }, /needs -c certificateArn/],
  [{ domain: 'chat.acme.example', certificateArn: CERTIFICATE.replace('us-east-1', 'eu-west-1') }, /us-east-1/],
  [{ domain: 'not a domain', certificateArn: CERTIFICATE }, /Invalid -c domain/],
  [{ certificateArn: CERTIFICATE }, /only used with -c domain/],
  [{ allowedOrigins: 'https://shop.acme.example/checkout' }, /Invalid origin/],
  [{ allowedOrigins: 'shop.acme.example' }, /Invalid origin/],
  [{ alarmEmail: 'ops' }, /Invalid -c alarmEmail/],
  [{ maxFileBytes: '99999999999' }, /Invalid -c maxFileBytes=99999999999: give a whole number of bytes from 1024 to 5368709120 \(5 GB\)/],
  [{ statsTimeZone: 'Mars/Olympus' }, /Invalid -c statsTimeZone=Mars\/Olympus: give an IANA time zone such as Europe\/London/],
])('refuses %j', (context, message) => {
  expect(() => read({ tenant: 'acme', ...context })).toThrow(message);
});

test('reads the statistics time zone and a file limit', () => {
  expect(read({ tenant: 'acme', statsTimeZone: 'Europe/London', maxFileBytes: '10485760' })).toEqual({ tenant: 'acme', allowedOrigins: [], statsTimeZone: 'Europe/London', maxFileBytes: 10485760 });
});

test("a misspelt option is refused, naming the options there are; CDK's own context keys pass", () => {
  const given = ['tenant', 'alarmemail', '@aws-cdk/core:newStyleStackSynthesis', 'aws:cdk:bundling-stacks'];
  expect(() => readTenantOptions((key) => ({ tenant: 'acme', alarmemail: 'ops@acme.example' })[key], given))
    .toThrow('Unknown option -c alarmemail: the options are tenant, domain, certificateArn, allowedOrigins, alarmEmail, mailFrom, maxFileBytes, statsTimeZone (docs/operations.md)');
  expect(readTenantOptions((key) => ({ tenant: 'acme' })[key], ['tenant', '@aws-cdk/core:newStyleStackSynthesis', 'aws:cdk:bundling-stacks'])).toEqual({ tenant: 'acme', allowedOrigins: [] });
});
