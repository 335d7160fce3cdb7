/**
 * What a create command will create, checked against the protocol's schema before any target is
 * opened: bad input must not set up a data dir (create-admin may set one up), nor reach the table.
 * Imports the protocol only, which reads no configuration.
 */
import { AgentCreateBody, parseWith } from '../../functions/protocol';
import * as v from 'valibot';
import { InputError, required, UsageError, type AdminArgs } from './args';

export interface Io { out: NodeJS.WritableStream; err: NodeJS.WritableStream; stdin: NodeJS.ReadableStream }

/** The agent `create-admin` or `create-agent` will create, as the schema accepted it. */
export async function createInput(args: AdminArgs, io: Io): Promise<AgentCreateBody> {
  if (args.command === 'create-admin' && args.role !== undefined && args.role !== 'admin') {
    throw new UsageError('create-admin creates an admin; use create-agent --role for another role');
  }
  const role = args.command === 'create-admin' ? 'admin' : args.role ?? 'agent';
  return valid(AgentCreateBody, { name: required(args, 'name'), email: required(args, 'email'), role, credential: await credential(args, io) });
}

export async function credential(args: AdminArgs, io: Io) {
  if (args.invite) return { kind: 'invite' as const };
  if (args.password !== undefined) return { kind: 'password' as const, password: args.password };
  if (args.passwordStdin) return { kind: 'password' as const, password: (await readAll(io.stdin)).replace(/\r?\n$/, '') };
  throw new UsageError(`${args.command} needs --password, --password-stdin or --invite`);
}

export function valid<S extends Parameters<typeof parseWith>[0]>(schema: S, input: unknown) {
  const parsed = parseWith(schema, input);
  if (!parsed.ok) throw new InputError(parsed.reason.replace(/^credential\./, ''));
  return parsed.value;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

const EmailAddress = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email());

/** The customer a customer-export or customer-erase is about, by a well-formed email address. */
export function customerEmail(args: AdminArgs): string {
  const email = required(args, 'email');
  const parsed = v.safeParse(EmailAddress, email);
  if (!parsed.success) throw new InputError(`${email} is not an email address`);
  return parsed.output;
}
