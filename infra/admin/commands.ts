/**
 * The admin command's work, through the same domain code as the HTTP handlers. Imported only
 * after the target's environment is set, since the domain's configuration is read at load.
 */
import { once } from 'node:events';
import { open } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { agentIdByEmail, changeAgent, createAgent, listAgents } from '../../functions/domain/agent-admin';
import type { Actor } from '../../functions/domain/audit';
import { listChannels } from '../../functions/domain/channels';
import { exportData } from '../../functions/domain/data-export';
import { AgentChangeBody, inviteLink, type AgentChangeResponse, type AgentCreateBody } from '../../functions/protocol';
import { InputError, required, type AdminArgs } from './args';
import { credential, customerEmail, valid, type Io } from './inputs';
import { customerDataSummary, eraseCustomerData, exportCustomerData, type CustomerDataSummary } from '../../functions/domain/personal-data';
import type { Target } from './target';

/** Who the audit log names for changes made with this command. */
const actor = (): Actor => ({ id: 'admin-command', name: `admin command (${userInfo().username})` });

/** `created`: for create-admin and create-agent, their input, checked before the target was opened (inputs.ts). */
export async function run(args: AdminArgs, target: Target, io: Io, created?: AgentCreateBody): Promise<void> {
  const say = (line: string): void => void io.out.write(`${line}\n`);
  const now = Date.now();
  switch (args.command) {
    case 'create-admin':
    case 'create-agent': {
      const input = created!;
      return report(await createAgent(actor(), input, now), `Created ${input.role} ${input.name} <${input.email}>.`, target, say);
    }
    case 'set-role': {
      const change = valid(AgentChangeBody, { change: 'role', role: required(args, 'role') });
      const { agent } = await changeAgent(actor(), await agentIdByEmail(required(args, 'email')), change, now);
      return say(`${agent.name} <${agent.email}> is now ${agent.role}; their open consoles show it at once.`);
    }
    case 'reset-password': {
      const change = valid(AgentChangeBody, { change: 'password', credential: await credential(args, io) });
      const result = await changeAgent(actor(), await agentIdByEmail(required(args, 'email')), change, now);
      return report(result, `Password of ${result.agent.name} <${result.agent.email}> reset; their open sessions have ended.`, target, say);
    }
    case 'deactivate':
    case 'reactivate': {
      const { agent } = await changeAgent(actor(), await agentIdByEmail(required(args, 'email')), { change: args.command }, now);
      return say(`${agent.name} <${agent.email}> is ${agent.active ? 'active' : 'deactivated'}.`);
    }
    case 'list-agents': {
      const agents = await listAgents(now);
      if (args.json) return say(JSON.stringify(agents, null, 2));
      return say(table(['NAME', 'EMAIL', 'ROLE', 'STATE', 'ONLINE', 'PASSWORD'], agents.map((a) => [
        a.name, a.email, a.role, a.active ? 'active' : 'deactivated', a.online ? 'yes' : 'no', a.passwordSet ? 'set' : 'link pending',
      ])));
    }
    case 'list-channels': {
      const channels = (await listChannels()).map(({ settings }) => ({ id: settings.id, name: settings.name, language: settings.language }));
      if (args.json) return say(JSON.stringify(channels, null, 2));
      return say(table(['ID', 'NAME', 'LANGUAGE'], channels.map((c) => [c.id, c.name, c.language])));
    }
    case 'export':
      return exportTo(args.out, io);
    case 'customer-export':
      return exportCustomerTo(customerEmail(args), args.out, io);
    case 'customer-erase':
      return erase(customerEmail(args), args.yes, say, now);
    case 'help':
      throw new Error('help is answered before a target is opened');
  }
}

async function exportTo(file: string | undefined, io: Io): Promise<void> {
  const count = await linesTo(file, io, exportData);
  io.err.write(`Exported ${count} items${file ? ` to ${file}` : ''}.\n`);
}

async function exportCustomerTo(email: string, file: string | undefined, io: Io): Promise<void> {
  let summary: CustomerDataSummary | undefined;
  await linesTo(file, io, async (write) => (summary = await exportCustomerData(email, write)).items);
  io.err.write(`Exported the data of ${email}${file ? ` to ${file}` : ''}: ${described(summary!)}.\n`);
  for (const key of summary!.files) io.err.write(`  file in the files bucket: ${key}\n`);
}

async function erase(email: string, yes: boolean, say: (line: string) => void, now: number): Promise<void> {
  if (!yes) {
    const summary = await customerDataSummary(email);
    if (!summary.items) return say(`No data of ${email} found; nothing to erase.`);
    return say(`Would erase the data of ${email}: ${described(summary)}. Nothing was erased; run again with --yes to erase.`);
  }
  const summary = await eraseCustomerData(actor(), email, now);
  say(summary.items ? `Erased the data of ${email}: ${described(summary)}.` : `No data of ${email} found; nothing was erased.`);
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const described = (s: CustomerDataSummary) =>
  [count(s.chats, 'chat'), count(s.contacts, 'contact'), count(s.requests, 'request'), count(s.mails, 'mail'), count(s.files.length, 'file'), `${count(s.items, 'item')} in all`].join(', ');

/** Streams `produce`'s lines to the file (owner-only) or standard output; returns what `produce` returns. */
async function linesTo(file: string | undefined, io: Io, produce: (write: (line: string) => Promise<void>) => Promise<number>): Promise<number> {
  const stream = file ? await ownersOnly(file) : io.out;
  const result = await produce(async (line) => {
    if (!stream.write(line)) await once(stream, 'drain');
  });
  if (file) await new Promise<void>((done, fail) => stream.end((error?: Error | null) => (error ? fail(error) : done())));
  return result;
}

/** A file only its owner may read, an existing one too; one that cannot be written is said plainly. */
async function ownersOnly(file: string): Promise<NodeJS.WritableStream> {
  let handle;
  try {
    handle = await open(file, 'w', 0o600);
  } catch (error) {
    throw new InputError(`Cannot write ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : (error as Error).message}`);
  }
  await handle.chmod(0o600);
  return handle.createWriteStream();
}

function report(result: AgentChangeResponse, summary: string, target: Target, say: (line: string) => void): void {
  say(summary);
  if (!result.invite) return;
  say(`One-time set-password link, valid until ${new Date(result.invite.expiresAt).toISOString()}:`);
  say(target.consoleUrl ? inviteLink(target.consoleUrl, result.invite.token) : `(console URL unknown) invite token ${result.invite.token}`);
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  return [header, ...rows].map((r) => r.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}
