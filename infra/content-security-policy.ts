/** The policy of Parley's own pages, shared by CloudFront (infra/aws) and the local runtime (infra/local). */

/**
 * The Content-Security-Policy of Parley's own pages: `connect` lists where they may open sockets and
 * fetch; `files` is where chat files live (uploaded to with PUT, and image previews shown from).
 */
export function contentSecurityPolicy(connect: string[], files: string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // The demo shop is a customer's page with its own inline styles; Parley's pages set styles through the CSSOM.
    "style-src 'self' 'unsafe-inline'",
    // A channel's logo and agent photo are any https address the admin gave (validated as https):
    // the console's preview and the demo shop's widget show them.
    `img-src 'self' data: https: ${files.join(' ')}`.trim(),
    `connect-src 'self' ${[...connect, ...files].join(' ')}`.trim(),
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
