/** Runs `npm run admin` as an operator would, as a child process, on a local data dir. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';

const TSX = join(__dirname, '../../node_modules/.bin/tsx');
const CLI = join(__dirname, '../../infra/admin/cli.ts');

export interface AdminRun { code: number; stdout: string; stderr: string }

/** The command with `args` on `dataDir` (DATA_DIR cleared, so only --data-dir counts): its exit code and output. */
export function adminCommand(dataDir: string, ...args: string[]): Promise<AdminRun> {
  return new Promise((resolve) => {
    execFile(TSX, [CLI, ...args, '--data-dir', dataDir], { env: { ...process.env, DATA_DIR: '' } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });
}
