import { randomBytes } from 'node:crypto';
import type { z } from 'zod/mini';
import { sha256 } from '../submit/plan-hash';
import type { Db } from './database';
import { sweeper } from './sweep';

/** Server-side state behind an opaque random id, shared by every replica: sessions and pending sign-ins. */
export interface ExpiringStore<T> {
  /** Stores the value under a new unguessable id (256 bits) and returns the id. */
  create(value: T): Promise<string>;
  /** The value, unless the id is unknown or expired. */
  get(id: string | undefined): Promise<T | undefined>;
  /** Reads and forgets in one statement: a pending sign-in completes once, even when two replicas race for it. */
  take(id: string | undefined): Promise<T | undefined>;
  delete(id: string | undefined): Promise<void>;
}

export interface ExpiringStoreOptions<T> {
  table: 'session' | 'login_transaction';
  ttlMs: number;
  /** Parses a stored value back; a value that no longer parses (an older format) reads as unknown. */
  schema: z.ZodMiniType<T>;
  /** The clock rows expire by, passed to every query (not SQL now()) so tests can move it. */
  now?: () => number;
}

// Only the id's hash is stored, so a copy of the table (a backup, a read replica) is no key to anyone's session.
const idHash = (id: string) => sha256(id);

export function expiringStore<T>(db: Db, { table, ttlMs, schema, now = Date.now }: ExpiringStoreOptions<T>): ExpiringStore<T> {
  const sweep = sweeper(now, (at) => db.deleteFrom(table).where('expires_at', '<=', at).execute());
  const parse = (row: { value: string } | undefined) => {
    if (!row) return undefined;
    const parsed = schema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : undefined;
  };

  return {
    async create(value) {
      await sweep();
      const id = randomBytes(32).toString('base64url');
      await db
        .insertInto(table)
        .values({ id_sha256: idHash(id), value: JSON.stringify(value), expires_at: new Date(now() + ttlMs) })
        .execute();
      return id;
    },

    async get(id) {
      if (id === undefined) return undefined;
      const row = await db.selectFrom(table).select('value').where('id_sha256', '=', idHash(id)).where('expires_at', '>', new Date(now())).executeTakeFirst();
      return parse(row);
    },

    async take(id) {
      if (id === undefined) return undefined;
      const row = await db
        .deleteFrom(table)
        .where('id_sha256', '=', idHash(id))
        .where('expires_at', '>', new Date(now()))
        .returning('value')
        .executeTakeFirst();
      return parse(row);
    },

    async delete(id) {
      if (id !== undefined) await db.deleteFrom(table).where('id_sha256', '=', idHash(id)).execute();
    },
  };
}
