/**
 * Security headers for the pages the local runtime serves, matching what CloudFront adds on AWS
 * (infra/aws/security-headers.ts): scripts only from this origin, no framing, no sniffing.
 */
import { contentSecurityPolicy } from '../content-security-policy';

/** Headers for every static response; HTML pages also get the policy and framing rules. */
export function staticHeaders(contentType: string, host: string, filesOrigin?: string): Record<string, string> {
  const common = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'strict-origin-when-cross-origin' };
  if (!contentType.startsWith('text/html')) return common;
  const csp = contentSecurityPolicy([`ws://${host}`], filesOrigin ? [filesOrigin] : []);
  return { ...common, 'content-security-policy': csp, 'x-frame-options': 'DENY' };
}
