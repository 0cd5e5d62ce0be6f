import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseError } from './database-error';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The embedded database may be opened by one process at a time; a second one would corrupt it. A lock file holds the
 * owner's pid; one left by a process that is gone (a crash, kill -9) is taken over.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, 'planner.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner)) {
        throw new DatabaseError(
          `The embedded database in DATA_DIR (${dataDir}) is in use by process ${owner}. Stop that planner, give this one ` +
            'another DATA_DIR, or set DATABASE_URL to share a PostgreSQL server between replicas.',
        );
      }
      await rm(path, { force: true });
    }
  }
  throw new DatabaseError(`Could not take the lock on DATA_DIR (${dataDir}).`);
}
