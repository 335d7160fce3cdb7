/** Parses the admin command's arguments; anything unknown or missing is a UsageError naming it. */
import { parseArgs } from 'node:util';

export class UsageError extends Error {}
/** A value the domain's schema refused: said plainly, without the whole usage text. */
export class InputError extends Error {}

export const COMMANDS = ['create-admin', 'create-agent', 'set-role', 'reset-password', 'deactivate', 'reactivate', 'list-agents', 'list-channels', 'export', 'customer-export', 'customer-erase', 'help'] as const;
export type Command = (typeof COMMANDS)[number];
/**
 * The commands that may set up a local data dir nobody has started yet (an admin before the first
 * start); every other one refuses a data dir without Parley data, where a mistyped path would
 * otherwise create an empty one and answer from it.
 */
export const SETS_UP_DATA_DIR: readonly Command[] = ['create-admin'];

export interface AdminArgs {
  command: Command;
  tenant?: string;
  region?: string;
  dataDir: string;
  name?: string;
  email?: string;
  role?: string;
  password?: string;
  passwordStdin: boolean;
  invite: boolean;
  out?: string;
  json: boolean;
  /** customer-erase erases only with it; without, it says what it would erase. */
  yes: boolean;
}

export function parseAdminArgs(argv: string[]): AdminArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        tenant: { type: 'string' }, region: { type: 'string' }, 'data-dir': { type: 'string' },
        name: { type: 'string' }, email: { type: 'string' }, role: { type: 'string' },
        password: { type: 'string' }, 'password-stdin': { type: 'boolean' }, invite: { type: 'boolean' },
        out: { type: 'string' }, json: { type: 'boolean' }, yes: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const command = values.help || positionals.length === 0 ? 'help' : positionals[0];
  if (!(COMMANDS as readonly string[]).includes(command)) throw new UsageError(`Unknown command "${command}"`);
  if (positionals.length > 1) throw new UsageError(`Unexpected argument "${positionals[1]}"`);
  if (values.tenant !== undefined && values['data-dir'] !== undefined) throw new UsageError('Give either --tenant or --data-dir, not both');
  const secrets = [values.password !== undefined, !!values['password-stdin'], !!values.invite].filter(Boolean).length;
  if (secrets > 1) throw new UsageError('Give only one of --password, --password-stdin and --invite');
  return {
    command: command as Command,
    tenant: values.tenant,
    region: values.region,
    dataDir: values['data-dir'] ?? process.env.DATA_DIR ?? '.data',
    name: values.name,
    email: values.email,
    role: values.role,
    password: values.password,
    passwordStdin: !!values['password-stdin'],
    invite: !!values.invite,
    out: values.out,
    json: !!values.json,
    yes: !!values.yes,
  };
}

export function required(args: AdminArgs, option: 'name' | 'email' | 'role'): string {
  const value = args[option];
  if (!value) throw new UsageError(`${args.command} needs --${option}`);
  return value;
}
