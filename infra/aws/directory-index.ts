import { FunctionCode, FunctionRuntime, Function as ViewerFunction } from 'aws-cdk-lib/aws-cloudfront';
import { Construct } from 'constructs';

/** Where a bare visit to the distribution lands. */
export const LANDING_PATH = '/agent/';

// An S3 origin behind origin access control has no directory indexes: `/agent/` would be a
// missing key. So `/x/` is served from `/x/index.html`, `/x` redirects to `/x/`, `/` to the console.
export const directoryIndexCode = `
function redirect(location) {
  return { statusCode: 302, statusDescription: 'Found', headers: { location: { value: location } } };
}
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri === '/') return redirect('${LANDING_PATH}');
  if (uri.endsWith('/')) { request.uri = uri + 'index.html'; return request; }
  var last = uri.substring(uri.lastIndexOf('/') + 1);
  if (last.indexOf('.') === -1) return redirect(uri + '/');
  return request;
}`;

/** A CloudFront viewer-request function giving the static site directory indexes. */
export class DirectoryIndex extends Construct {
  readonly function: ViewerFunction;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.function = new ViewerFunction(this, 'Function', {
      code: FunctionCode.fromInline(directoryIndexCode),
      runtime: FunctionRuntime.JS_2_0,
      comment: 'Serves index.html for directory paths',
    });
  }
}
