/**
 * The admin command's work, through the same domain code as the HTTP handlers. Imported only
 * after the target's environment is set, since the domain's configuration is read at load.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { userInfo } from 'node:os';
import { agentIdByEmail, changeAgent, createAgent, listAgents } from '../../functions/domain/agent-admin';
import type { Actor } from '../../functions/domain/audit';
import { listChannels } from '../../functions/domain/channels';
import { exportData } from '../../functions/domain/data-export';
import { AgentChangeBody, AgentCreateBody, inviteLink, parseWith, type AgentChangeResponse } from '../../functions/protocol';
import { InputError, required, UsageError, type AdminArgs } from './args';
import type { Target } from './target';

export interface Io { out: NodeJS.WritableStream; err: NodeJS.WritableStream; stdin: NodeJS.ReadableStream }

/** Who the audit log names for changes made with this command. */
const actor = (): Actor => ({ id: 'admin-command', name: `admin command (${userInfo().username})` });

export async function run(args: AdminArgs, target: Target, io: Io): Promise<void> {
  const say = (line: string): void => void io.out.write(`${line}\n`);
  const now = Date.now();
  switch (args.command) {
    case 'create-admin':
    case 'create-agent': {
      const role = args.command === 'create-admin' ? 'admin' : args.role ?? 'agent';
      const input = valid(AgentCreateBody, { name: required(args, 'name'), email: required(args, 'email'), role, credential: await credential(args, io) });
      return report(await createAgent(actor(), input, now), `Created ${input.role} ${input.name} <${input.email}>.`, target, say);
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
    case 'help':
      throw new Error('help is answered before a target is opened');
  }
}

async function exportTo(file: string | undefined, io: Io): Promise<void> {
  const stream = file ? createWriteStream(file, { mode: 0o600 }) : io.out;
  const count = await exportData(async (line) => {
    if (!stream.write(line)) await once(stream, 'drain');
  });
  if (file) await new Promise<void>((done, fail) => (stream as ReturnType<typeof createWriteStream>).end((error?: Error | null) => (error ? fail(error) : done())));
  io.err.write(`Exported ${count} items${file ? ` to ${file}` : ''}.\n`);
}

function report(result: AgentChangeResponse, summary: string, target: Target, say: (line: string) => void): void {
  say(summary);
  if (!result.invite) return;
  say(`One-time set-password link, valid until ${new Date(result.invite.expiresAt).toISOString()}:`);
  say(target.consoleUrl ? inviteLink(target.consoleUrl, result.invite.token) : `(console URL unknown) invite token ${result.invite.token}`);
}

async function credential(args: AdminArgs, io: Io) {
  if (args.invite) return { kind: 'invite' as const };
  if (args.password !== undefined) return { kind: 'password' as const, password: args.password };
  if (args.passwordStdin) return { kind: 'password' as const, password: (await readAll(io.stdin)).replace(/\r?\n$/, '') };
  throw new UsageError(`${args.command} needs --password, --password-stdin or --invite`);
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function valid<S extends Parameters<typeof parseWith>[0]>(schema: S, input: unknown) {
  const parsed = parseWith(schema, input);
  if (!parsed.ok) throw new InputError(parsed.reason.replace(/^credential\./, ''));
  return parsed.value;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  return [header, ...rows].map((r) => r.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}
