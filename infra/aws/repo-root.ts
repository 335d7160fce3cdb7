import * as path from 'node:path';

/** The repository root: manifest entries and the lock file are relative to it, whatever the cwd. */
export const repoRoot = path.resolve(__dirname, '..', '..');
