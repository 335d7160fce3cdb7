import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { ParleyStack } from '../../infra/aws/parley-stack';
import { fixtureWebAssets, synthParley } from './parley-template';

const stackWith = ({ statsTimeZone }: { statsTimeZone: string }) =>
  new ParleyStack(new App({ context: { 'aws:cdk:bundling-stacks': [] } }), 'Parley-acme', { tenant: 'acme', webAssetsDir: fixtureWebAssets, statsTimeZone });

test('the statistics writer has a rule for the chat and request events it counts', () => {
  synthParley().template.hasResourceProperties('AWS::Events::Rule', {
    EventPattern: { 'detail-type': ['chat.started', 'chat.answered', 'chat.requeued', 'chat.reopened', 'chat.ended', 'chat.rated', 'request.created', 'chat.transferred'] },
  });
});

test('a statsTimeZone given at deploy reaches the handlers as STATS_TIME_ZONE', () => {
  Template.fromStack(stackWith({ statsTimeZone: 'Europe/London' })).hasResourceProperties('AWS::Lambda::Function', {
    Environment: { Variables: Match.objectLike({ STATS_TIME_ZONE: 'Europe/London' }) },
  });
});

test('a statsTimeZone that is no time zone stops the synthesis, naming the setting', () => {
  expect(() => stackWith({ statsTimeZone: 'Mars/Olympus' })).toThrow('statsTimeZone must be an IANA time zone such as Europe/Amsterdam, got "Mars/Olympus"');
});
