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
])('refuses %j', (context, message) => {
  expect(() => read({ tenant: 'acme', ...context })).toThrow(message);
});
