/**
 * What each API Gateway request writes to its stage's access log: who (the request, the connection,
 * the address), what (the route) and how it ended (the status). CloudWatch stamps every line with
 * its time, so the line does not repeat it; the default Common Log Format does, with the method and
 * protocol besides, at about twice the bytes, and CloudWatch bills ingestion per byte.
 */
export const SOCKET_ACCESS_LOG = '$context.requestId $context.routeKey $context.status $context.connectionId $context.identity.sourceIp';
export const HTTP_ACCESS_LOG = '$context.requestId $context.routeKey $context.status $context.responseLength $context.identity.sourceIp';

/** The longer of the two formats' lines with typical values (16-character ids, an IPv4 address), in bytes. */
export function typicalAccessLogLineBytes(): number {
  const typical: Record<string, string> = {
    '$context.requestId': 'Jz3kHFjhoAMFR2A=',
    '$context.connectionId': 'Jz3kHFjhoAMCJSw=',
    '$context.routeKey': 'POST /api/visitors',
    '$context.status': '200',
    '$context.responseLength': '412',
    '$context.identity.sourceIp': '203.0.113.195',
  };
  const render = (format: string) => format.split(' ').map((variable) => typical[variable]).join(' ');
  return Math.max(...[SOCKET_ACCESS_LOG, HTTP_ACCESS_LOG].map((format) => Buffer.byteLength(render(format))));
}
