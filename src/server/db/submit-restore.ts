import type { Transaction } from 'kysely';
import { lockCluster } from './submit-table';
import type { Tables } from './tables';

/** A settled submit read back from audit records written before the database. */
export interface RestoredSubmit {
  key: string;
  fingerprint: string;
  clusterId: string;
  kind: string;
  /** Epoch ms when it was sent. */
  at: number;
  outcome: 'accepted' | 'unknown';
  /** The answer, as JSON text. */
  result: string;
}

/**
 * Writes restored submits in the order they were sent, each under its cluster's lock as a claim is. A later send of a
 * plan supersedes an earlier one, as a send-again did; one the database already holds that is newer, or still in
 * flight, keeps speaking for the plan, with the restored send kept behind it. A key the table already knows is left.
 */
export async function restoreSubmits(trx: Transaction<Tables>, submits: RestoredSubmit[]): Promise<void> {
  for (const submit of submits) {
    await lockCluster(trx, submit.clusterId);
    const known = await trx.selectFrom('submit').select('idempotency_key').where('idempotency_key', '=', submit.key).executeTakeFirst();
    if (known) continue;
    const current = await trx
      .selectFrom('submit')
      .select(['idempotency_key', 'state', 'sent_at'])
      .where('fingerprint', '=', submit.fingerprint)
      .where('superseded_by', 'is', null)
      .where('state', '<>', 'refused')
      .executeTakeFirst();
    const behind = current && (current.state === 'pending' || current.sent_at.getTime() >= submit.at) ? current.idempotency_key : null;
    if (current && !behind) await trx.updateTable('submit').set({ superseded_by: submit.key }).where('idempotency_key', '=', current.idempotency_key).execute();
    const at = new Date(submit.at);
    await trx
      .insertInto('submit')
      .values({ idempotency_key: submit.key, fingerprint: submit.fingerprint, cluster_id: submit.clusterId, kind: submit.kind, state: submit.outcome, sent_at: at, deadline: at, result: submit.result, superseded_by: behind })
      .execute();
  }
}
