import { selectRoute } from '../../../infra/local/gateway/events';

const routes = new Set(['$connect', '$disconnect', '$default', 'message.send']);

describe('selectRoute', () => {
  test('picks the route named by the frame action', () => {
    expect(selectRoute('{"action":"message.send"}', routes)).toBe('message.send');
  });

  test('sends an unknown action to $default', () => {
    expect(selectRoute('{"action":"nope"}', routes)).toBe('$default');
  });

  test('sends text that is not JSON to $default', () => {
    expect(selectRoute('hello', routes)).toBe('$default');
  });

  test('never lets a frame pick a $ route by name', () => {
    expect(selectRoute('{"action":"$connect"}', routes)).toBe('$default');
  });
});
