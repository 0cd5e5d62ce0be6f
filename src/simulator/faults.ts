import type { FastifyReply } from 'fastify';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod/mini';
import type { OperationName } from '../shared/cce-operations';
import { errorForStatus } from './errors';

export const faultSpecSchema = z.strictObject({
  status: z.optional(z.int().check(z.gte(200), z.lte(599))),
  delayMs: z.optional(z.int().check(z.gte(0), z.lte(600_000))),
  malformed: z.optional(z.boolean()),
  /** How many requests the fault applies to; unlimited when omitted. */
  times: z.optional(z.int().check(z.gte(1))),
  body: z.optional(z.unknown()),
  headers: z.optional(z.record(z.string(), z.string())),
  /**
   * Play the fault after the real handler ran: its state changes stand (e.g. the upgrade task exists) and the fault
   * replaces or delays the answer — "CCE accepted it, then the connection timed out / the body came back garbled".
   */
  after: z.optional(z.boolean()),
});
export type FaultSpec = z.infer<typeof faultSpecSchema>;

export interface FaultController {
  set(operation: OperationName, fault: FaultSpec): void;
  clear(): void;
  list(): Partial<Record<OperationName, FaultSpec>>;
  /** The fault for this request, if any; consumes one of its `times`. */
  take(operation: OperationName): FaultSpec | undefined;
}

export function createFaultController(): FaultController {
  const faults = new Map<OperationName, FaultSpec>();
  return {
    set: (operation, fault) => void faults.set(operation, { ...fault }),
    clear: () => faults.clear(),
    list: () => Object.fromEntries(faults),
    take(operation) {
      const fault = faults.get(operation);
      if (fault?.times === undefined) return fault;
      if (fault.times <= 1) faults.delete(operation);
      else faults.set(operation, { ...fault, times: fault.times - 1 });
      return fault;
    },
  };
}

// Cut off mid-document: what a proxy that dropped the connection half way would deliver.
const MALFORMED_JSON = '{"kind":"List","apiVersion":"v3","items":[{"metadata":{"uid":';

/**
 * Plays a fault; true when it answered the request itself, false when the real handler should still run.
 * A delay ends early when `signal` aborts (client gone, or the simulator closing), so a long injected
 * delay never holds `app.close()` hostage in the BFF's timeout tests.
 */
export async function playFault(fault: FaultSpec, reply: FastifyReply, signal: AbortSignal): Promise<boolean> {
  if (fault.delayMs) {
    try {
      await sleep(fault.delayMs, undefined, { signal });
    } catch {
      reply.code(503).send(errorForStatus(503, 'Service is shutting down').toBody());
      return true;
    }
  }
  if (fault.headers) reply.headers(fault.headers);
  if (fault.status !== undefined) reply.code(fault.status);
  if (fault.malformed) {
    reply.type('application/json;charset=utf-8').send(MALFORMED_JSON);
    return true;
  }
  if (fault.body !== undefined) {
    reply.send(fault.body);
    return true;
  }
  if (fault.status !== undefined && fault.status >= 400) {
    reply.send(errorForStatus(fault.status).toBody());
    return true;
  }
  return false;
}
