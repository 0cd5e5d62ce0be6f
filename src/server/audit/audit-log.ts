import { createReadStream } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { acceptedRiskSchema } from '../../shared/bff-api';

/**
 * `sending` is the write-ahead line put down before a submit reaches CCE; the attempt's outcome line follows it. A
 * `sending` line with no outcome after it means the BFF stopped mid-call, so the outcome is unknown.
 */
export const auditOutcomeSchema = z.enum(['sending', 'accepted', 'refused', 'unknown', 'invalid', 'replayed', 'conflict']);
export type AuditOutcome = z.infer<typeof auditOutcomeSchema>;

/** One line of the audit log (JSON Lines). Nothing in it may carry a credential. */
export const auditEntrySchema = z.object({
  time: z.iso.datetime(),
  kind: z.enum(['upgrade', 'retry']),
  clusterId: z.string(),
  idempotencyKey: z.string().nullable(),
  bodySha256: z.string(),
  /** The parsed request object; omitted when it was not JSON. */
  body: z.unknown().optional(),
  acceptedRisks: z.array(acceptedRiskSchema),
  preCheckTaskId: z.string().nullable(),
  outcome: auditOutcomeSchema,
  /** The HTTP status the BFF answered; null on the write-ahead line. */
  status: z.number().int().nullable(),
  /** The upgrade task CCE created, or the task a retry targets. */
  taskId: z.string().nullable(),
  errorCode: z.string().nullable(),
  errorMessage: z.string().nullable(),
  requestId: z.string().nullable(),
  /** Who submitted: the signed-in user's subject and name; null when sign-in is not configured (loopback only). */
  user: z.object({ subject: z.string(), name: z.string() }).nullable(),
  /** CCE's answer to an accepted submit, so a replay after a restart answers the same. */
  response: z.unknown().optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export interface AuditLog {
  /** Resolves once the line is durably written; rejects when it could not be. */
  append(entry: AuditEntry): Promise<void>;
  /** Entries written at or after `since` (epoch ms), oldest first; torn or foreign lines are skipped. */
  readSince(since: number): Promise<AuditEntry[]>;
}

function parseLine(line: string, since: number): AuditEntry | undefined {
  try {
    const parsed = auditEntrySchema.safeParse(JSON.parse(line));
    return parsed.success && Date.parse(parsed.data.time) >= since ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The audit log as an append-only JSON Lines file. Appends are queued so each line is one write that never interleaves
 * with another, and synced to disk before the caller goes on to send anything to CCE.
 * Creates the directory and checks the file can be opened for appending, so a bad AUDIT_LOG stops the BFF at start.
 */
export async function openFileAuditLog(path: string): Promise<AuditLog> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await (await open(path, 'a')).close();
  } catch (error) {
    throw new Error(`Cannot open the audit log ${path} for appending (${error instanceof Error ? error.message : String(error)}). Set AUDIT_LOG to a writable file.`, { cause: error });
  }
  let tail: Promise<unknown> = Promise.resolve();
  const write = async (line: string) => {
    const handle = await open(path, 'a');
    try {
      await handle.appendFile(line);
      await handle.datasync();
    } finally {
      await handle.close();
    }
  };
  return {
    append(entry) {
      const written = tail.then(() => write(`${JSON.stringify(entry)}\n`));
      tail = written.catch(() => undefined);
      return written;
    },
    async readSince(since) {
      const entries: AuditEntry[] = [];
      const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
      for await (const line of lines) {
        const entry = parseLine(line, since);
        if (entry) entries.push(entry);
      }
      return entries;
    },
  };
}

/** An audit log held in memory, for tests and benchmarks that need no file. */
export function memoryAuditLog(): AuditLog & { entries: AuditEntry[] } {
  const entries: AuditEntry[] = [];
  return {
    entries,
    append: async (entry) => {
      entries.push(entry);
    },
    readSince: async (since) => entries.filter((entry) => Date.parse(entry.time) >= since),
  };
}
