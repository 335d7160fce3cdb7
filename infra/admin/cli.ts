/** `npm run admin -- <command>`: manage a tenant's agents and data from a terminal. Exits non-zero on any failure. */
import { InputError, parseAdminArgs, SETS_UP_DATA_DIR, UsageError } from './args';
import { awsTarget, localTarget, NoDataError, TargetError, type Target } from './target';
import { USAGE } from './usage';
import { createInput } from './inputs';

async function main(argv: string[]): Promise<number> {
  let target: Target | undefined;
  try {
    const args = parseAdminArgs(argv);
    if (args.command === 'help') {
      console.log(USAGE);
      return 0;
    }
    const io = { out: process.stdout, err: process.stderr, stdin: process.stdin };
    const created = args.command === 'create-admin' || args.command === 'create-agent' ? await createInput(args, io) : undefined;
    target = args.tenant !== undefined
      ? await awsTarget(args.tenant, args.region)
      : await localTarget(args.dataDir, { mayCreate: SETS_UP_DATA_DIR.includes(args.command) });
    Object.assign(process.env, target.env);
    console.error(`Working on ${target.description}.`);
    const { run } = await import('./commands');
    await run(args, target, io, created);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof InputError || error instanceof NoDataError) {
      console.error(error.message);
      return 2;
    }
    const known = error instanceof TargetError || ['AdminError', 'RefusedError'].includes((error as Error).name);
    console.error(known ? (error as Error).message : `The admin command failed: ${(error as Error).stack ?? error}`);
    return 1;
  } finally {
    await target?.close();
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
