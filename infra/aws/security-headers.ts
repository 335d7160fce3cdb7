import { Duration } from 'aws-cdk-lib';
import { HeadersFrameOption, HeadersReferrerPolicy, ResponseHeadersPolicy } from 'aws-cdk-lib/aws-cloudfront';
import { Construct } from 'constructs';
import { contentSecurityPolicy } from '../content-security-policy';

/** Response headers for everything the distribution serves. */
export class SecurityHeaders extends Construct {
  readonly policy: ResponseHeadersPolicy;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.policy = new ResponseHeadersPolicy(this, 'Policy', {
      comment: 'Parley security headers; CORS so customer sites can load the widget and config.json',
      securityHeadersBehavior: {
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
        // The same policy as the local runtime's pages; the APIs' and the files bucket's origins are only known
        // after deploy, so any API Gateway or S3 origin.
        contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(['https://*.amazonaws.com', 'wss://*.amazonaws.com'], ['https://*.amazonaws.com']), override: true },
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
