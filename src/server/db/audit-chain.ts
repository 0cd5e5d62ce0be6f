import type { Kysely, Selectable } from 'kysely';
import { chainHash } from './audit-table';
import { AUDIT_GENESIS } from './migrations';
import type { AuditLogTable, Tables } from './tables';

export type AuditRow = Selectable<AuditLogTable>;

/** The chain is whole (`rows` links from the genesis to the head), or the first place it breaks. */
export type ChainCheck = { ok: true; rows: number } | { ok: false; seq: number; reason: string };

const PAGE_SIZE = 1000;

/**
 * Rows in seq order, a page at a time, so a table of any size passes through a fixed amount of memory. With `since`,
 * from the first row written at or after it, and every row after that whatever its time (an imported record, or a
 * replica's clock, may be earlier), so the rows exported still chain one to the next.
 */
export async function* auditRows(db: Kysely<Tables>, { since, pageSize = PAGE_SIZE }: { since?: Date; pageSize?: number } = {}): AsyncGenerator<AuditRow> {
  let after = 0;
  if (since) {
    const first = await db.selectFrom('audit_log').select((eb) => eb.fn.min('seq').as('seq')).where('time', '>=', since).executeTakeFirst();
    if (first?.seq === null || first?.seq === undefined) return;
    after = Number(first.seq) - 1;
  }
  for (;;) {
    const rows = await db.selectFrom('audit_log').selectAll().where('seq', '>', after).orderBy('seq').limit(pageSize).execute();
    yield* rows;
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1]!.seq;
  }
}

/**
 * The columns beside `entry` are what queries filter on (an export `--since` starts by `time`): one edited there
 * would hide or misfile a record while its hash still matches.
 */
function columnsDisagree(row: AuditRow): boolean {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(row.entry) as Record<string, unknown>;
  } catch {
    return true;
  }
  return (
    typeof entry.time !== 'string' ||
    Date.parse(entry.time) !== row.time.getTime() ||
    entry.kind !== row.kind ||
    entry.clusterId !== row.cluster_id ||
    entry.idempotencyKey !== row.idempotency_key ||
    entry.outcome !== row.outcome
  );
}

function brokenLink(row: AuditRow, prevSeq: number, prevHash: string): ChainCheck | undefined {
  if (row.seq !== prevSeq + 1) {
    return { ok: false, seq: prevSeq + 1, reason: `row ${prevSeq + 1} is missing (the next row is ${row.seq}): rows were deleted` };
  }
  if (row.prev_hash !== prevHash) {
    return { ok: false, seq: row.seq, reason: `its prev_hash is not the hash of row ${prevSeq}: a row before it was deleted, inserted or replaced` };
  }
  if (chainHash(row.prev_hash, row.entry) !== row.hash) return { ok: false, seq: row.seq, reason: 'its hash does not match its entry: the row was edited' };
  if (columnsDisagree(row)) return { ok: false, seq: row.seq, reason: 'its time, kind, cluster, key or outcome column disagrees with its entry: the row was edited' };
  return undefined;
}

/**
 * Walks the chain from the genesis and checks each link, then that the head names the last row. This finds any edit,
 * deletion or insertion made without recomputing every later hash and the head; one that did recompute them is found
 * only against an earlier export (scripts/audit-export.ts), which is why exports are worth keeping elsewhere.
 *
 * One read-only snapshot: rows a running BFF appends meanwhile neither half-appear nor put the head ahead of the rows.
 * (On the embedded database the snapshot holds its one connection until the walk ends.)
 */
export function verifyAuditChain(db: Kysely<Tables>, { pageSize = PAGE_SIZE }: { pageSize?: number } = {}): Promise<ChainCheck> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      let seq = 0;
      let hash = AUDIT_GENESIS;
      for await (const row of auditRows(trx, { pageSize })) {
        const broken = brokenLink(row, seq, hash);
        if (broken) return broken;
        ({ seq, hash } = row);
      }
      const head = await trx.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
      if (head.seq > seq) return { ok: false, seq: seq + 1, reason: `the head names row ${head.seq} but the rows end at ${seq}: rows at the end were deleted` };
      if (head.seq < seq) return { ok: false, seq: head.seq + 1, reason: `the head names row ${head.seq}: the rows after it were inserted without an append` };
      if (head.hash !== hash) return { ok: false, seq, reason: `the head's hash is not row ${seq}'s: the head or the row was replaced` };
      return { ok: true, rows: seq };
    });
}
