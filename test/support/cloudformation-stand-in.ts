/**
 * A stand-in for CloudFormation's endpoint that answers DescribeStacks in its query protocol
 * (form-encoded POST in, XML out), for stacks given by name. It records every request it got,
 * with its Authorization header, so a test can check how the caller signed it.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInRequest { action: string | null; stackName: string | null; authorization: string }

export interface CloudFormationStandIn {
  endpoint: string;
  requests: StandInRequest[];
  close(): Promise<void>;
}

const NAMESPACE = 'http://cloudformation.amazonaws.com/doc/2010-05-15/';

export async function startCloudFormationStandIn(stacks: Record<string, Record<string, string>>): Promise<CloudFormationStandIn> {
  const requests: StandInRequest[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => {
      const form = new URLSearchParams(body);
      const request = { action: form.get('Action'), stackName: form.get('StackName'), authorization: req.headers.authorization ?? '' };
      requests.push(request);
      const outputs = request.stackName ? stacks[request.stackName] : undefined;
      if (request.action !== 'DescribeStacks') return answer(res, 400, error('InvalidAction', `Could not find operation ${request.action}`));
      // CloudFormation's words for a stack name it does not know, as a 400 ValidationError.
      if (!outputs) return answer(res, 400, error('ValidationError', `Stack with id ${request.stackName} does not exist`));
      answer(res, 200, describeStacks(request.stackName!, outputs));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

function answer(res: import('node:http').ServerResponse, status: number, xml: string): void {
  res.writeHead(status, { 'content-type': 'text/xml', 'x-amzn-requestid': 'stand-in-request' }).end(xml);
}

function describeStacks(stackName: string, outputs: Record<string, string>): string {
  const members = Object.entries(outputs)
    .map(([key, value]) => `<member><OutputKey>${key}</OutputKey><OutputValue>${escapeXml(value)}</OutputValue></member>`)
    .join('');
  return `<DescribeStacksResponse xmlns="${NAMESPACE}"><DescribeStacksResult><Stacks><member>`
    + `<StackName>${stackName}</StackName>`
    + `<StackId>arn:aws:cloudformation:eu-west-1:123456789012:stack/${stackName}/0f0e0d0c</StackId>`
    + `<CreationTime>2026-01-01T00:00:00.000Z</CreationTime><StackStatus>UPDATE_COMPLETE</StackStatus>`
    + `<Outputs>${members}</Outputs></member></Stacks></DescribeStacksResult>`
    + `<ResponseMetadata><RequestId>stand-in-request</RequestId></ResponseMetadata></DescribeStacksResponse>`;
}

function error(code: string, message: string): string {
  return `<ErrorResponse xmlns="${NAMESPACE}"><Error><Type>Sender</Type><Code>${code}</Code>`
    + `<Message>${escapeXml(message)}</Message></Error><RequestId>stand-in-request</RequestId></ErrorResponse>`;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
