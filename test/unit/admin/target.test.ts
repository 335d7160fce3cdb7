/** Finding a deployed tenant's table and management endpoint from its stack outputs (the CloudFormation SDK is the boundary mocked). */
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { awsTarget, TargetError } from '../../../infra/admin/target';

const send = jest.spyOn(CloudFormationClient.prototype, 'send');
afterEach(() => send.mockReset());

const outputs = (values: Record<string, string>) =>
  ({ Stacks: [{ Outputs: Object.entries(values).map(([OutputKey, OutputValue]) => ({ OutputKey, OutputValue })) }] });

test('the table name and the management endpoint come from the stack Parley-<tenant>', async () => {
  send.mockResolvedValue(outputs({
    TableName: 'Parley-acme-DataTable-1AB', WebSocketUrl: 'wss://abc123.execute-api.eu-west-1.amazonaws.com/live', ConsoleUrl: 'https://d1.cloudfront.net/agent/',
  }) as never);

  const target = await awsTarget('acme', 'eu-west-1');

  expect((send.mock.calls[0][0] as { input: unknown }).input).toEqual({ StackName: 'Parley-acme' });
  expect(target.env).toEqual({
    TABLE_NAME: 'Parley-acme-DataTable-1AB', WS_MANAGEMENT_ENDPOINT: 'https://abc123.execute-api.eu-west-1.amazonaws.com/live', AWS_REGION: 'eu-west-1',
  });
  expect(target.consoleUrl).toBe('https://d1.cloudfront.net/agent/');
});

test('a stack that does not exist is named, with how to deploy it', async () => {
  send.mockRejectedValue(Object.assign(new Error('Stack with id Parley-nope does not exist'), { name: 'ValidationError' }) as never);
  await expect(awsTarget('nope', 'eu-west-1')).rejects.toThrow(/No stack Parley-nope in region eu-west-1: deploy it with `npx cdk deploy -c tenant=nope`/);
});

test('a stack from before the TableName output is refused plainly', async () => {
  send.mockResolvedValue(outputs({ ConsoleUrl: 'https://d1.cloudfront.net/agent/' }) as never);
  await expect(awsTarget('acme', 'eu-west-1')).rejects.toThrow(/has no TableName output/);
});

test('an invalid tenant name is refused before any AWS call', async () => {
  await expect(awsTarget('Not A Tenant', 'eu-west-1')).rejects.toThrow(TargetError);
  expect(send).not.toHaveBeenCalled();
});
