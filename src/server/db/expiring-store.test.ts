import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { sha256 } from '../submit/plan-hash';
import { testDatabase } from '../testing/test-database';
import { expiringStore } from './expiring-store';

const opened: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((database) => database.close()));
});

async function storeAt(clock: { now: number }, ttlMs = 1000) {
  const database = await testDatabase();
  opened.push(database);
  const store = expiringStore(database.db, { table: 'login_transaction', ttlMs, schema: z.object({ returnTo: z.string() }), now: () => clock.now });
  const rows = () => database.db.selectFrom('login_transaction').selectAll().orderBy('expires_at').execute();
  return { store, rows, db: database.db };
}

describe('the expiring store', () => {
  it('forgets a value once its time has passed by the clock it is given, though the row is still there', async () => {
    const clock = { now: Date.UTC(2030, 0, 1) };
    const { store, rows } = await storeAt(clock);
    const id = await store.create({ returnTo: '/a' });
    clock.now += 999;
    expect(await store.get(id)).toEqual({ returnTo: '/a' });
    clock.now += 1;
    expect(await store.get(id)).toBeUndefined();
    expect(await store.take(id)).toBeUndefined();
    // Not swept yet: the query alone decided.
    expect(await rows()).toHaveLength(1);
  });

  it('hands a pending value out once, however many callers race for it', async () => {
    const { store } = await storeAt({ now: Date.now() });
    const id = await store.create({ returnTo: '/once' });
    const taken = await Promise.all(Array.from({ length: 20 }, () => store.take(id)));
    expect(taken.filter((value) => value !== undefined)).toEqual([{ returnTo: '/once' }]);
    expect(await store.get(id)).toBeUndefined();
  });

  it('keeps only the hash of the id, so the table is no key to a value', async () => {
    const { store, rows } = await storeAt({ now: Date.now() });
    const id = await store.create({ returnTo: '/hashed' });
    expect(id).toMatch(/^[\w-]{43}$/);
    const [row] = await rows();
    expect(row?.id_sha256).toBe(sha256(id));
    expect(JSON.stringify(row)).not.toContain(id);
    expect(await store.get(row?.id_sha256)).toBeUndefined();
  });

  it('forgets on delete, and answers unknown, absent or unparsable ids with nothing', async () => {
    const { store, db } = await storeAt({ now: Date.now() });
    const id = await store.create({ returnTo: '/gone' });
    await store.delete(id);
    expect(await store.get(id)).toBeUndefined();
    expect(await store.get(undefined)).toBeUndefined();
    expect(await store.take('no-such-id')).toBeUndefined();
    // A value stored in an older shape reads as no value (sign in again), not as an error on every request.
    const older = await store.create({ returnTo: '/old' });
    await db
      .updateTable('login_transaction')
      .set({ value: JSON.stringify({ return_to: '/old' }) })
      .execute();
    expect(await store.get(older)).toBeUndefined();
  });

  it('sweeps expired rows on a write, at most once a minute', async () => {
    const clock = { now: Date.UTC(2030, 0, 1) };
    const { store, rows } = await storeAt(clock);
    await store.create({ returnTo: '/first' });
    clock.now += 2000;
    await store.create({ returnTo: '/second' });
    expect(await rows()).toHaveLength(2);
    clock.now += 58_000;
    const third = await store.create({ returnTo: '/third' });
    expect((await rows()).map((row) => row.id_sha256)).toEqual([sha256(third)]);
  });
});
