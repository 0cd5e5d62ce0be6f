import { createReadStream } from 'node:fs';
import { type FileHandle, mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { acceptedRiskSchema } from '../../shared/bff-api';
import { describeIssues, fieldIssues } from '../../shared/issues';
import { cutTornTail } from './torn-tail';

/**
 * `sending` is the write-ahead line put down before a submit reaches CCE; the attempt's outcome line follows it. A
 * `sending` line with no outcome after it means the BFF stopped mid-call, so the outcome is unknown.
 */
export const auditOutcomeSchema = z.enum(['sending', 'accepted', 'refused', 'unknown', 'invalid', 'replayed', 'conflict']);
export type AuditOutcome = z.infer<typeof auditOutcomeSchema>;

/** Lines about a request that may have reached CCE: the submit memory is rebuilt from them, so they must say what was sent. */
const sentOutcomes = new Set<AuditOutcome>(['sending', 'accepted', 'unknown']);

/** One line of the audit log (JSON Lines). Nothing in it may carry a credential. */
export const auditEntrySchema = z.object({
  time: z.iso.datetime(),
  kind: z.enum(['upgrade', 'retry']),
  clusterId: z.string(),
  idempotencyKey: z.string().nullable(),
  /**
   * Names the plan: SHA-256 of the request's canonical JSON (RFC 8785), so whitespace and key order do not matter; of
   * the exact text when it was not JSON. (Lines written before canonical hashing hash the exact text; the submit memory
   * is rebuilt from `body`, never from this field.)
   */
  bodySha256: z.string(),
  /** SHA-256 of the exact request text received: for an upgrade, the bytes forwarded to CCE. Absent on older lines. */
  textSha256: z.string().optional(),
  /** The parsed request object; omitted when it was not JSON. */
  body: z.unknown().optional(),
  acceptedRisks: z.array(acceptedRiskSchema),
  preCheckTaskId: z.string().nullable(),
  /**
   * A person sent this plan although an earlier send of it had an unknown outcome: their reason, and which send that
   * was (null when there was none to override, as when it had been forgotten after 24 h).
   */
  sendAgain: z
    .object({ reason: z.string(), overrides: z.object({ idempotencyKey: z.string(), time: z.iso.datetime() }).nullable() })
    .optional(),
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
}).refine((entry) => !sentOutcomes.has(entry.outcome) || entry.body !== undefined, {
  message: 'a request that may have been sent must record its body',
  path: ['body'],
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export interface AuditLog {
  /** Resolves once the line is durably written; rejects when it could not be, and then nothing of it stays in the log. */
  append(entry: AuditEntry): Promise<void>;
  /**
   * Entries written at or after `since` (epoch ms), oldest first. Rejects with AuditUnreadableError when a record cannot
   * be read back: skipping it could forget a submit that was sent.
   */
  readSince(since: number): Promise<AuditEntry[]>;
}

/** A line of the audit log that is not a whole, valid record: the operator must look at it before submits resume. */
export class AuditUnreadableError extends Error {
  /**
   * `where` names the record, e.g. "line 7 of the audit log (AUDIT_LOG)": the message reaches the browser, so it names
   * the setting, never the server's path. `file` is that path, for the server's own log.
   */
  constructor(
    readonly where: string,
    readonly reason: string,
    readonly file?: string,
  ) {
    super(`${where.charAt(0).toUpperCase()}${where.slice(1)} is not a readable audit record (${reason}).`);
    this.name = 'AuditUnreadableError';
  }
}

export function parseLine(text: string, path: string, line: number): AuditEntry {
  const where = `line ${line} of the audit log (AUDIT_LOG)`;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AuditUnreadableError(where, 'not JSON', path);
  }
  const parsed = auditEntrySchema.safeParse(json);
  if (!parsed.success) throw new AuditUnreadableError(where, `not an audit entry: ${describeIssues(fieldIssues(parsed.error))}`, path);
  return parsed.data;
}

export interface FileAuditLogOptions {
  /** Where a dropped torn line is reported; by default a process warning (stderr). */
  warn?: (details: { path: string; droppedBytes: number }, message: string) => void;
  /** Test seam: writes one line to the open file (a test makes it fail halfway, as a full disk does). */
  writeLine?: (handle: FileHandle, line: string) => Promise<void>;
}

const warnOnStderr: NonNullable<FileAuditLogOptions['warn']> = (details, message) => process.emitWarning(`${message} ${JSON.stringify(details)}`, 'AuditLogWarning');

/**
 * The audit log as an append-only JSON Lines file. Appends are queued so each line is one write that never interleaves
 * with another, and synced to disk before the caller goes on to send anything to CCE.
 * Creates the directory and checks the file can be opened for appending, so a bad AUDIT_LOG stops the BFF at start.
 *
 * Every line is whole or absent. A line torn by a crash is cut off at open; a write that fails (full disk) is cut back
 * at once, and failing that before the next write. Dropping it is safe because its append never resolved: for a
 * write-ahead (`sending`) line the submit was then not sent; for an outcome line the whole `sending` line before it
 * still stands for the submit, read back as unknown, so it is never sent twice.
 */
export async function openFileAuditLog(path: string, { warn = warnOnStderr, writeLine = (handle, line) => handle.appendFile(line) }: FileAuditLogOptions = {}): Promise<AuditLog> {
  const repair = async () => {
    const droppedBytes = await cutTornTail(path);
    if (droppedBytes > 0) {
      warn({ path, droppedBytes }, `The audit log ended in a torn line (a write cut short); dropped its ${droppedBytes} bytes so the next line starts whole.`);
    }
  };
  try {
    await mkdir(dirname(path), { recursive: true });
    await (await open(path, 'a')).close();
    await repair();
  } catch (error) {
    throw new Error(`Cannot open the audit log ${path} for appending (${error instanceof Error ? error.message : String(error)}). Set AUDIT_LOG to a writable file.`, { cause: error });
  }
  // The file's length before a line whose write failed and could not be cut back at once: cut back to it before the next
  // write. Not to the last newline: the failed line may have reached the file whole, and it was never acknowledged.
  let cutBackTo: number | undefined;
  const whole = async () => {
    if (cutBackTo === undefined) return;
    const handle = await open(path, 'r+');
    try {
      const { size } = await handle.stat();
      if (size > cutBackTo) {
        await handle.truncate(cutBackTo);
        await handle.datasync();
        warn({ path, droppedBytes: size - cutBackTo }, `Dropped the ${size - cutBackTo} bytes of an audit line whose write failed, so it is not read back as written.`);
      }
    } finally {
      await handle.close();
    }
    cutBackTo = undefined;
  };
  let tail: Promise<unknown> = Promise.resolve();
  const write = async (line: string) => {
    await whole();
    const handle = await open(path, 'a');
    try {
      const before = (await handle.stat()).size;
      try {
        await writeLine(handle, line);
        await handle.datasync();
      } catch (error) {
        // Back to the length before this line, not merely to the last newline: a line written whole but never synced
        // was not acknowledged either, and must not be read back as a submit that was sent.
        cutBackTo = before;
        try {
          await handle.truncate(before);
          await handle.datasync();
          cutBackTo = undefined;
        } catch {
          // The disk refuses even that: the tail is cut before the next line is written, or that write fails too.
        }
        throw error;
      }
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
      await tail;
      await whole();
      const entries: AuditEntry[] = [];
      const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
      let number = 0;
      for await (const text of lines) {
        number += 1;
        if (text === '') continue;
        const entry = parseLine(text, path, number);
        if (Date.parse(entry.time) >= since) entries.push(entry);
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
