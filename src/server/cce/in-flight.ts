import { Agent } from 'undici';
import type { CceOperation } from '../../shared/cce-operations';
import { BffHttpError } from '../errors';
import type { Upstream } from './client';
import { BffCode } from '../../shared/bff-errors';

/** Calls towards CCE by what a full pool would hold up: reads, pre-/post-checks, and submits (upgrade, retry). */
export type CallKind = 'read' | 'check' | 'submit';
export type InFlightLimits = Record<CallKind, number>;

/**
 * Calls in flight towards CCE at once, per kind. With CCE hanging, every call waits its full timeout; unbounded, 350
 * reads a second exhausted the process's file descriptors in about 30 s and reset other users' requests. 64 reads
 * serve dozens of wizards loading at once (a wizard issues about six reads in parallel); checks and submits are
 * rare, human-paced clicks, and their own 8 each keep a flood of reads from starving them.
 */
export const DEFAULT_IN_FLIGHT: InFlightLimits = { read: 64, check: 8, submit: 8 };

export const kindOf = (operation: CceOperation): CallKind => (operation.submit ? 'submit' : operation.method === 'GET' ? 'read' : 'check');

const NOUNS: Record<CallKind, string> = { read: 'reads', check: 'pre- or post-checks', submit: 'submits' };

/** Per upstream: the counts in flight and the one connection pool its calls share. */
export class UpstreamGate {
  private readonly inFlight: InFlightLimits = { read: 0, check: 0, submit: 0 };
  private readonly onSubmitsSettled: Array<() => void> = [];
  readonly limits: InFlightLimits;
  /** Sockets to CCE, bounded by the sum of the limits: a call never waits for one, and none is opened beyond them. */
  readonly dispatcher: Agent;

  constructor(upstream: Upstream) {
    this.limits = { ...DEFAULT_IN_FLIGHT, ...upstream.inFlight };
    this.dispatcher = new Agent({ connections: this.limits.read + this.limits.check + this.limits.submit });
  }

  /**
   * Takes a place for one call, or throws 503 at once when the kind is full: waiting in line behind calls CCE is not
   * answering would only hold the browser's request, and its socket, for the same long time.
   */
  enter(kind: CallKind, retryAfterSeconds: number): () => void {
    if (this.inFlight[kind] >= this.limits[kind]) {
      throw new BffHttpError(
        503,
        BffCode.UPSTREAM_BUSY,
        `CCE is slow to answer: the planner already has ${this.limits[kind]} ${NOUNS[kind]} waiting for it. Try again in a few seconds.`,
        { retryAfterSeconds },
      );
    }
    this.inFlight[kind]++;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.inFlight[kind]--;
      if (this.inFlight.submit === 0) for (const settled of this.onSubmitsSettled.splice(0)) settled();
    };
  }

  /** Resolves once no submit is waiting for CCE; each is bounded by the CCE timeout. */
  submitsSettled(): Promise<void> {
    return this.inFlight.submit === 0 ? Promise.resolve() : new Promise((resolve) => this.onSubmitsSettled.push(resolve));
  }
}

// Keyed by the Upstream object, so each BFF instance (and each test's) has its own pools without new wiring.
const gates = new WeakMap<Upstream, UpstreamGate>();

export function gateFor(upstream: Upstream): UpstreamGate {
  let gate = gates.get(upstream);
  if (!gate) {
    gate = new UpstreamGate(upstream);
    gates.set(upstream, gate);
  }
  return gate;
}

/**
 * Lets the submits in flight finish first (cutting one would leave its outcome unknown, for a person to untangle),
 * then ends every read and check still waiting for CCE and closes the pool's sockets; the next call opens a new pool.
 */
export async function closeUpstream(upstream: Upstream): Promise<void> {
  const gate = gates.get(upstream);
  if (!gate) return;
  await gate.submitsSettled();
  gates.delete(upstream);
  await gate.dispatcher.destroy();
}
