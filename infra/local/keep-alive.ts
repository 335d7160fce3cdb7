import type { Server } from 'node:http';

/**
 * The AWS SDK keeps sockets alive between calls. A Node server closes an idle keep-alive socket
 * after 5 s by default, and a call that picks up that socket just as it closes fails with
 * "socket hang up". AWS's endpoints keep idle sockets far longer; so do the local ones.
 */
export function keepSocketsLikeAws(server: Server): Server {
  server.keepAliveTimeout = 65_000;
  // Must exceed keepAliveTimeout, or Node may cut a request that arrives on a long-idle socket.
  server.headersTimeout = 66_000;
  return server;
}
