import { type Selectable, sql, type Transaction } from 'kysely';
import type { AuditEntry } from '../audit/audit-log';
import { appendAudit } from './audit-table';
import { sweeper } from './sweep';
import type { Db } from './database';
import type { SubmitTable, Tables } from './tables';

export type SubmitOutcome = 'accepted' | 'refused' | 'unknown';

export interface Settled {
  outcome: SubmitOutcome;
}

/** An earlier send of a plan, named for the audit line and for the person deciding whether to send it again. */
export interface EarlierSend {
  key: string;
  /** Epoch ms. */
  at: number;
}

export interface ClaimRequest {
  key: string;
  /** Names what would be sent: cluster, kind and the plan's canonical hash (see submit-attempt.ts). */
  fingerprint: string;
  clusterId: string;
  kind: string;
  /**
   * `false` lets the same fingerprint under a new key through once the first has settled: a retry of a task that failed
   * again is a new retry, while the same upgrade plan twice is the same upgrade. With settled twins, an accepted twin
   * is replayed under a new key, and one with an unknown outcome holds the plan back until a person sends it again.
   */
  settledTwins: boolean;
  /** A person looked for the unknown twin's task, found none and sends the plan again; never passes an accepted twin. */
  sendAgain: boolean;
  /** The write-ahead audit line, committed with the claim: a submit that cannot be recorded is not sent. */
  sending(overrides: EarlierSend | undefined, at: Date): AuditEntry;
}

export type Claim<R> =
  /** Nothing stands in its way: the caller sends it, then settles it exactly once. */
  | { kind: 'new'; settle(result: R, line: AuditEntry): Promise<void>; overrides?: EarlierSend }
  /** The same submit (same key, or the same plan under another key) was sent or is being sent: answer its result. */
  | { kind: 'replay'; result(): Promise<R> }
  | { kind: 'key-reused' }
  /** The same plan went out under another key and its outcome is unknown: only a deliberate send-again passes. */
  | { kind: 'outcome-unknown'; earlier: EarlierSend }
  /** A different submit for the cluster is still waiting for CCE. */
  | { kind: 'cluster-busy' }
  /** This very submit is being sent by another replica (or one that stopped, until its deadline passes). */
  | { kind: 'in-flight' }
  /** A replica could not import an audit file from before the database: it may record a sent submit the table lacks. */
  | { kind: 'held'; message: string };

export interface SubmitTableOptions<R extends Settled> {
  db: Db;
  /** How long a claim may stay pending: the call's own timeout and room to record its outcome. */
  claimMs: number;
  /** The answer for a claim whose replica stopped before recording an outcome. */
  stale(kind: string): R;
  /** Accepted submits are replayed this long; unknown ones are held until sent again, however old. */
  ttlMs?: number;
  now?: () => number;
}

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** Claims for one cluster, and the submits an import restores for it, are decided one at a time, across replicas. */
export const lockCluster = (trx: Transaction<Tables>, clusterId: string) => sql`select pg_advisory_xact_lock(hashtext(${`cce-planner submit ${clusterId}`}))`.execute(trx);

type Row = Selectable<SubmitTable>;
const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === '23505';

/**
 * What the BFF remembers of submits, in the database so that every replica sees every claim at once. Claims for one
 * cluster run one at a time under an advisory lock; the unique indexes (one pending submit per cluster, one current
 * submit per plan) hold even if that logic were wrong. A repeat of a submit in flight waits for its outcome when this
 * process sends it, and is refused (409) when another replica does: that one's answer is not this one's to give.
 */
export function submitTable<R extends Settled>({ db, claimMs, stale, ttlMs = IDEMPOTENCY_TTL_MS, now = Date.now }: SubmitTableOptions<R>) {
  const local = new Map<string, Promise<R>>();
  // Accepted submits that no later claim meets would otherwise stay for ever. Only those past their time to live go:
  // nothing else would ever answer from them.
  const sweepExpired = sweeper(now, (at) => db.deleteFrom('submit').where('state', '=', 'accepted').where('sent_at', '<', new Date(at.getTime() - ttlMs)).execute());
  const resultOf = (row: Pick<Row, 'result' | 'kind'>): R => (row.result === null ? stale(row.kind) : (JSON.parse(row.result) as R));

  /** A replay answers the first send's result; one still in flight in this process is awaited. */
  const replay = (row: Row): Claim<R> => {
    const mine = local.get(row.idempotency_key);
    if (mine) return { kind: 'replay', result: () => mine };
    return row.state === 'pending' ? { kind: 'in-flight' } : { kind: 'replay', result: async () => resultOf(row) };
  };

  async function decide(trx: Transaction<Tables>, request: ClaimRequest, outcome: Promise<R>): Promise<Claim<R>> {
    // The cluster's lock, then the key's: a key sent for two clusters at once (by mistake or malice) is decided once.
    // Every claim takes them in this order, so two claims never wait on each other's.
    await lockCluster(trx, request.clusterId);
    await sql`select pg_advisory_xact_lock(hashtext(${`cce-planner key ${request.key}`}))`.execute(trx);
    // After the locks, so time spent waiting for them does not eat into the claim's deadline.
    const at = new Date(now());
    const hold = await trx.selectFrom('audit_import_hold').select('message').executeTakeFirst();
    if (hold) return { kind: 'held', message: hold.message };
    // Every row this claim depends on, in one round trip: the key's, the plan's current one, the cluster's in flight.
    const rows = await trx
      .selectFrom('submit')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb('idempotency_key', '=', request.key),
          eb.and([eb('fingerprint', '=', request.fingerprint), eb('superseded_by', 'is', null), eb('state', '<>', 'refused')]),
          eb.and([eb('cluster_id', '=', request.clusterId), eb('state', '=', 'pending')]),
        ]),
      )
      .execute();
    // Accepted submits are forgotten after the time to live; a claim whose replica stopped mid-call is unknown: CCE may
    // have started it, so it is never sent again. Written back only when met, which is rare.
    const expired = rows.filter((row) => row.state === 'accepted' && row.sent_at.getTime() < at.getTime() - ttlMs).map((row) => row.idempotency_key);
    if (expired.length > 0) await trx.deleteFrom('submit').where('idempotency_key', 'in', expired).where('state', '=', 'accepted').execute();
    // This process's own claims are never stale: it knows they are still in flight.
    const stalled = rows.filter((row) => row.state === 'pending' && row.deadline < at && !local.has(row.idempotency_key)).map((row) => row.idempotency_key);
    if (stalled.length > 0) await trx.updateTable('submit').set({ state: 'unknown' }).where('idempotency_key', 'in', stalled).where('state', '=', 'pending').execute();
    const live = rows
      .filter((row) => !expired.includes(row.idempotency_key))
      .map((row): Row => (stalled.includes(row.idempotency_key) ? { ...row, state: 'unknown' } : row));

    const same = live.find((row) => row.idempotency_key === request.key);
    if (same && same.state !== 'refused') return same.fingerprint === request.fingerprint ? replay(same) : { kind: 'key-reused' };
    // A refusal is forgotten: the user may fix its cause and send the same key again.
    if (same) await trx.deleteFrom('submit').where('idempotency_key', '=', request.key).where('state', '=', 'refused').execute();

    const twin = live.find((row) => row.fingerprint === request.fingerprint && row.superseded_by === null && row.state !== 'refused');
    if (twin && (twin.state === 'pending' || (request.settledTwins && twin.state === 'accepted'))) return replay(twin);
    const earlier = twin && request.settledTwins && twin.state === 'unknown' ? { key: twin.idempotency_key, at: twin.sent_at.getTime() } : undefined;
    if (earlier && !request.sendAgain) return { kind: 'outcome-unknown', earlier };
    if (live.some((row) => row.cluster_id === request.clusterId && row.state === 'pending')) return { kind: 'cluster-busy' };

    // The earlier settled twin (an unknown send a person overrode, or a retry before this one) stops speaking for the plan.
    if (twin) await trx.updateTable('submit').set({ superseded_by: request.key }).where('idempotency_key', '=', twin.idempotency_key).execute();
    await trx
      .insertInto('submit')
      .values({
        idempotency_key: request.key,
        fingerprint: request.fingerprint,
        cluster_id: request.clusterId,
        kind: request.kind,
        state: 'pending',
        sent_at: at,
        deadline: new Date(at.getTime() + claimMs),
        result: null,
        superseded_by: null,
      })
      .execute();
    await appendAudit(trx, request.sending(earlier, at));
    // Before the commit releases the locks: a repeat waiting on them in this process then reads the pending row and
    // must find it in flight here, not take it for another replica's (which would refuse a double click with 409).
    local.set(request.key, outcome);
    return { kind: 'new', settle: (result, line) => settle(request.key, result, line), ...(earlier ? { overrides: earlier } : {}) };
  }

  /**
   * Records the outcome, unless another replica already read the claim as stale (this one was slower than its
   * deadline): the row then stays `unknown`, which holds the plan back, and only the outcome's audit record is added.
   */
  async function settle(key: string, result: R, line: AuditEntry) {
    await db.transaction().execute(async (trx) => {
      const { numUpdatedRows } = await trx
        .updateTable('submit')
        .set({ state: result.outcome, result: JSON.stringify(result) })
        .where('idempotency_key', '=', key)
        .where('state', '=', 'pending')
        .executeTakeFirst();
      // A send-again CCE refused started nothing, so the unknown send it overrode speaks for the plan again.
      if (numUpdatedRows > 0n && result.outcome === 'refused') await trx.updateTable('submit').set({ superseded_by: null }).where('superseded_by', '=', key).execute();
      await appendAudit(trx, line);
    });
  }

  return {
    /**
     * Decides whether a submit may go to CCE, and if so claims it and writes its audit line in one transaction. Rejects
     * when the database cannot be written: then nothing was claimed and nothing may be sent.
     */
    async claim(request: ClaimRequest): Promise<Claim<R>> {
      for (let attempt = 0; ; attempt += 1) {
        // Settling in this process resolves the replays waiting here without a round trip to the database.
        let resolve: (result: R) => void = () => undefined;
        const outcome = new Promise<R>((r) => (resolve = r));
        try {
          await sweepExpired();
          const claim = await db.transaction().execute((trx) => decide(trx, request, outcome));
          if (claim.kind !== 'new') return claim;
          return {
            ...claim,
            // The outcome line goes first, so requests that waited for this one log their replays after it.
            settle: async (result, line) => {
              try {
                await claim.settle(result, line);
              } finally {
                resolve(result);
                local.delete(request.key);
              }
            },
          };
        } catch (error) {
          // Rolled back: nothing was claimed, so nothing is in flight here under this key.
          if (local.get(request.key) === outcome) local.delete(request.key);
          // The same key claimed at this moment for another cluster (whose lock this claim does not hold): decide again.
          if (attempt === 0 && isUniqueViolation(error)) continue;
          throw error;
        }
      }
    },
  };
}

/**
 * Forgets submits, for a CCE that forgot its tasks: the demo simulator reset (`settled`: a submit in flight stays) or
 * started afresh (`all`: a claim left by a demo that stopped mid-call names a task the new simulator never had).
 */
export async function forgetSubmits(db: Db, which: 'settled' | 'all'): Promise<void> {
  await (which === 'all' ? db.deleteFrom('submit') : db.deleteFrom('submit').where('state', '<>', 'pending')).execute();
}

export type SubmitMemory<R extends Settled> = ReturnType<typeof submitTable<R>>;
