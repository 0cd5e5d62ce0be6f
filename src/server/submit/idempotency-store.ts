/**
 * accepted is remembered for 24 h and unknown until a person sends the plan again; a refusal is forgotten so the user
 * may fix the cause and resend with the same key.
 */
export type SubmitOutcome = 'accepted' | 'refused' | 'unknown';

export interface Settled {
  outcome: SubmitOutcome;
}

interface Entry<T> {
  key: string;
  fingerprint: string;
  clusterId: string;
  at: number;
  result: Promise<T>;
  pending: boolean;
  /** Set once settled. */
  outcome?: SubmitOutcome;
  /** The unknown twin a deliberate send-again overrode: the plan's entry again should this one be forgotten (refused). */
  overrode?: Entry<T>;
}

/** An earlier send of a plan, named for the audit line and for the person deciding whether to send it again. */
export interface EarlierSend {
  key: string;
  /** Epoch ms. */
  at: number;
}

export type Claim<T> =
  /**
   * Nothing stands in its way: the caller sends it and must call settle exactly once. `overrides` is the earlier send
   * with an unknown outcome that a send-again went past.
   */
  | { kind: 'new'; settle(result: T): void; overrides?: EarlierSend }
  /** The same submit (same key, or the same plan under another key) was sent or is being sent: answer its result. */
  | { kind: 'replay'; result: Promise<T> }
  | { kind: 'key-reused' }
  /** The same plan went out under another key and its outcome is unknown: only a deliberate send-again passes. */
  | { kind: 'outcome-unknown'; earlier: EarlierSend }
  /** A different submit for the cluster is still waiting for CCE. */
  | { kind: 'cluster-busy' };

export interface IdempotencyStoreOptions {
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
}

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * What the BFF remembers of recent submits, so a repeat (a double click, a resend after a lost answer, the same plan
 * from a second tab) is answered from memory instead of reaching CCE again. A fingerprint names what would be sent
 * (cluster, operation, hash of the body). Claims are decided synchronously, so concurrent requests cannot both win.
 */
export class IdempotencyStore<T extends Settled> {
  private readonly byKey = new Map<string, Entry<T>>();
  private readonly byFingerprint = new Map<string, Entry<T>>();
  private readonly inFlight = new Map<string, Entry<T>>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: IdempotencyStoreOptions = {}) {
    this.ttlMs = options.ttlMs ?? IDEMPOTENCY_TTL_MS;
    this.maxEntries = options.maxEntries ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.byKey.size;
  }

  /**
   * `settledTwins: false` lets the same fingerprint under a new key through once the first has settled: a retry of a
   * task that failed again is a new retry, while the same upgrade plan twice is the same upgrade.
   * With settled twins, an accepted twin is replayed under a new key, and a twin with an unknown outcome holds the plan
   * back (CCE may have started it) until a person who looked for its task and found none sends it again (`sendAgain`).
   * `sendAgain` never passes an accepted twin or one still in flight: their outcome is, or will be, known.
   */
  claim(key: string, fingerprint: string, clusterId: string, { settledTwins = true, sendAgain = false } = {}): Claim<T> {
    this.prune();
    const same = this.byKey.get(key);
    if (same) return same.fingerprint === fingerprint ? { kind: 'replay', result: same.result } : { kind: 'key-reused' };
    const twin = this.byFingerprint.get(fingerprint);
    if (twin && (twin.pending || (settledTwins && twin.outcome === 'accepted'))) return { kind: 'replay', result: twin.result };
    const unknownTwin = settledTwins && twin?.outcome === 'unknown' ? twin : undefined;
    if (unknownTwin && !sendAgain) return { kind: 'outcome-unknown', earlier: { key: unknownTwin.key, at: unknownTwin.at } };
    if (this.inFlight.has(clusterId)) return { kind: 'cluster-busy' };
    let resolve: (result: T) => void = () => undefined;
    const entry: Entry<T> = { key, fingerprint, clusterId, at: this.now(), result: new Promise<T>((r) => (resolve = r)), pending: true, ...(unknownTwin ? { overrode: unknownTwin } : {}) };
    this.add(entry);
    this.inFlight.set(clusterId, entry);
    this.prune();
    return {
      kind: 'new',
      ...(unknownTwin ? { overrides: { key: unknownTwin.key, at: unknownTwin.at } } : {}),
      settle: (result) => {
        entry.pending = false;
        entry.outcome = result.outcome;
        // Sent and not refused: the person's send-again stands, so the send it overrode no longer speaks for the plan.
        if (result.outcome !== 'refused') delete entry.overrode;
        this.inFlight.delete(clusterId);
        if (result.outcome === 'refused') this.remove(entry);
        resolve(result);
      },
    };
  }

  /** Forgets everything settled, for a CCE that forgot its tasks (the demo simulator reset); submits in flight stay. */
  clear(): void {
    for (const entry of [...this.byKey.values()]) if (!entry.pending) this.remove(entry);
  }

  /**
   * Restores a settled submit read back from the audit log at start; a later line for the same key replaces it. An
   * unknown outcome is restored however old it is: it is held until a person sends the plan again.
   */
  restore(key: string, fingerprint: string, clusterId: string, at: number, result: T): void {
    const previous = this.byKey.get(key);
    if (previous) this.remove(previous);
    if (result.outcome === 'unknown' || (result.outcome === 'accepted' && at >= this.now() - this.ttlMs)) {
      // A later send of a plan whose earlier send is unknown was a send-again: should it turn out refused, the earlier
      // speaks again. An accepted send-again settled that for good.
      const twin = this.byFingerprint.get(fingerprint);
      const overrode = twin?.outcome === 'unknown' && result.outcome === 'unknown' ? { overrode: twin } : {};
      this.add({ key, fingerprint, clusterId, at, result: Promise.resolve(result), pending: false, outcome: result.outcome, ...overrode });
    }
    this.prune();
  }

  private add(entry: Entry<T>) {
    this.byKey.set(entry.key, entry);
    this.byFingerprint.set(entry.fingerprint, entry);
  }

  /**
   * A send-again that CCE refused started nothing, so the unknown send it overrode speaks for the plan again, as it
   * does when the memory is rebuilt from the audit log (where refusals are not restored).
   */
  private remove(entry: Entry<T>) {
    if (this.byKey.get(entry.key) === entry) this.byKey.delete(entry.key);
    if (this.byFingerprint.get(entry.fingerprint) !== entry) return;
    const overrode = entry.overrode;
    if (overrode && this.byKey.get(overrode.key) === overrode) this.byFingerprint.set(entry.fingerprint, overrode);
    else this.byFingerprint.delete(entry.fingerprint);
  }

  /**
   * Entries are kept in arrival order, so the oldest come first. Submits still waiting for CCE are never dropped, and
   * neither are those whose outcome is unknown: CCE may have started them, so they are held until a person says
   * otherwise (a send-again), however long that takes and however many other submits come and go meanwhile.
   */
  private prune() {
    const expiredBefore = this.now() - this.ttlMs;
    let excess = this.byKey.size - this.maxEntries;
    for (const entry of this.byKey.values()) {
      const expired = entry.at < expiredBefore;
      if (!expired && excess <= 0) break;
      if (entry.pending || entry.outcome === 'unknown') continue;
      this.remove(entry);
      excess -= 1;
    }
  }
}
