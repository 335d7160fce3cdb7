/** What the admin command reads from a deployed stack: the table's name, and the WebSocket URL for closing sessions. */
import { synthParley } from './parley-template';

test('the stack outputs its table name', () => {
  const { stack, template } = synthParley();
  template.hasOutput('TableName', { Value: stack.resolve(stack.data.table.tableName) });
});
