import type { FastifyBaseLogger } from 'fastify';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { sql } from 'kysely';
import type { Db } from './database';
import { sweeper } from './sweep';

type Result = Parameters<Parameters<FastifyRateLimitStore['incr']>[1]>[1];

export interface RateLimitStoreOptions {
  db: Db;
  log: FastifyBaseLogger;
  /** The clock windows run by, passed to the query (not SQL now()) so tests can move it. */
  now?: () => number;
}

/**
 * A @fastify/rate-limit store whose counters live in the `rate_limit` table, so N replicas allow a limit once, not N
 * times. Each limiter must name its counter (`groupId`), and no two limiters may name the same one: the per-user read
 * and submit budgets, say, must never draw on one counter because their callers happen to share a key.
 */
export function rateLimitStore({ db, log, now = Date.now }: RateLimitStoreOptions): FastifyRateLimitStoreCtor {
  const sweep = sweeper(now, (at) => db.deleteFrom('rate_limit').where('window_ends', '<=', at).execute());
  const named = new Set<string>();

  async function count(key: string, timeWindow: number): Promise<Result> {
    await sweep();
    const at = new Date(now());
    const over = sql<boolean>`rate_limit.window_ends <= ${at}`;
    // One statement: concurrent replicas queue on the row's lock, and each sees the count the one before it left.
    const row = await db
      .insertInto('rate_limit')
      .values({ key, count: 1, window_ends: new Date(at.getTime() + timeWindow) })
      .onConflict((conflict) =>
        conflict.column('key').doUpdateSet({
          count: sql<number>`case when ${over} then 1 else rate_limit.count + 1 end`,
          window_ends: sql<Date>`case when ${over} then excluded.window_ends else rate_limit.window_ends end`,
        }),
      )
      .returning(['count', 'window_ends'])
      .executeTakeFirstOrThrow();
    return { current: row.count, ttl: Math.max(0, row.window_ends.getTime() - at.getTime()) };
  }

  return class DatabaseRateLimitStore implements FastifyRateLimitStore {
    readonly counter: string | undefined;

    // The plugin builds its root store from its own options (no groupId); only a limiter's child names a counter.
    constructor({ groupId }: { groupId?: string }) {
      this.counter = groupId;
    }

    incr(key: string, callback: (error: Error | null, result?: Result) => void, timeWindow: number): void {
      const counter = this.counter;
      if (counter === undefined) {
        callback(new Error('This rate limiter names no counter: create it with app.rateLimit({ groupId, … }).'));
        return;
      }
      count(`${counter}:${key}`, timeWindow).then(
        (result) => callback(null, result),
        (error: unknown) => {
          // Fail open, logged as an error so it is seen. Failing closed would add little: sign-in and submit need the
          // database themselves, and with sign-in on so does every session lookup. What it would add is refusing
          // reads over a blip in this one query, or in the loopback-only mode without sign-in: an outage for
          // people who are only looking, to guard CCE's read quota for the minutes the database is away.
          log.error({ err: error, counter }, 'rate limit not applied: the database did not answer');
          callback(null, { current: 0, ttl: timeWindow });
        },
      );
    }

    // The plugin hands a limiter's own options to its child store: the groupId given to app.rateLimit among them.
    child({ groupId }: Parameters<FastifyRateLimitStore['child']>[0] & { groupId?: string }): FastifyRateLimitStore {
      if (!groupId) throw new Error('Every rate limiter names its counter: pass a groupId.');
      if (named.has(groupId)) throw new Error(`Two rate limiters share the counter "${groupId}": give each its own groupId.`);
      named.add(groupId);
      return new DatabaseRateLimitStore({ groupId });
    }
  };
}
