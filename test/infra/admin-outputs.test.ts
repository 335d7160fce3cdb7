/** What the admin command reads from a deployed stack: the table's name, and the WebSocket URL for closing sessions. */
import { synthParley } from './parley-template';

test('the stack outputs its table name, and its files bucket for erasing a customer\'s files', () => {
  const { stack, template } = synthParley();
  template.hasOutput('TableName', { Value: stack.resolve(stack.data.table.tableName) });
  template.hasOutput('FilesBucketName', { Value: stack.resolve(stack.files.bucket.bucketName) });
});

test('the stack outputs its event bus, for rules of the operator\'s own, and the distribution a custom domain points at', () => {
  const { stack, template } = synthParley();
  template.hasOutput('EventBusArn', { Value: stack.resolve(stack.bus.eventBusArn) });
  template.hasOutput('EventBusName', { Value: stack.resolve(stack.bus.eventBusName) });
  template.hasOutput('DistributionDomainName', { Value: stack.resolve(stack.web.distribution.distributionDomainName) });
});
