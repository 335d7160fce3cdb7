/** Configuration, read once at load. A missing variable fails loudly and names itself. */

export class ConfigError extends Error {}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new ConfigError(`Environment variable ${name} is not set`);
  return value;
}

function optional(name: string): string | undefined {
  return process.env[name] || undefined;
}

/** An IANA time zone such as Europe/Amsterdam; a name Intl does not know fails at load. */
function timeZone(name: string, fallback: string): string {
  const value = process.env[name] || fallback;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
  } catch {
    throw new ConfigError(`Environment variable ${name} is not a known time zone: "${value}"`);
  }
  return value;
}

export const config = {
  tableName: required('TABLE_NAME'),
  /** API Gateway management endpoint (`https://{api}.execute-api.{region}.amazonaws.com/{stage}`). */
  connectionsEndpoint: optional('WS_MANAGEMENT_ENDPOINT'),
  eventBusName: optional('EVENT_BUS_NAME'),
  /** Points the handlers at a DynamoDB-compatible endpoint other than AWS's (the local runtime's). */
  dynamoEndpoint: optional('DYNAMODB_ENDPOINT'),
  /** Points the handlers at an EventBridge-compatible endpoint other than AWS's (the local runtime's bus). */
  eventsEndpoint: optional('EVENTBRIDGE_ENDPOINT'),
  /** The time zone statistics count days and hours in. */
  statsTimeZone: timeZone('STATS_TIME_ZONE', 'Europe/Amsterdam'),
};
