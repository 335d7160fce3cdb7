import { Duration } from 'aws-cdk-lib';
import { HeadersFrameOption, HeadersReferrerPolicy, ResponseHeadersPolicy } from 'aws-cdk-lib/aws-cloudfront';
import { Construct } from 'constructs';
import { contentSecurityPolicy } from '../content-security-policy';

/**
 * Where the pages may connect: `connect` the tenant's two APIs (https:// and wss:// origins), `files`
 * its files bucket's origins (presigned uploads, downloads and image previews go straight there).
 */
export interface SecurityHeadersProps { connect: string[]; files: string[] }

/** Response headers for everything the distribution serves. */
export class SecurityHeaders extends Construct {
  readonly policy: ResponseHeadersPolicy;

  constructor(scope: Construct, id: string, props: SecurityHeadersProps) {
    super(scope, id);
    this.policy = new ResponseHeadersPolicy(this, 'Policy', {
      comment: 'Parley security headers; CORS so customer sites can load the widget and config.json',
      securityHeadersBehavior: {
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
        // The same policy as the local runtime's pages, naming this tenant's own APIs and bucket (resolved at
        // deploy), so a script injected into a page could not send what it reads to any other AWS host.
        contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(props.connect, props.files), override: true },
      },
      // The widget loader runs on customers' own pages and fetches its panel and config.json from here.
      corsBehavior: {
        accessControlAllowOrigins: ['*'],
        accessControlAllowMethods: ['GET', 'HEAD', 'OPTIONS'],
        accessControlAllowHeaders: ['*'],
        accessControlAllowCredentials: false,
        originOverride: true,
      },
    });
  }
}
