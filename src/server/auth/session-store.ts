import { randomBytes } from 'node:crypto';

interface Entry<T> {
  value: T;
  expiresAt: number;
}

/**
 * Server-side state behind an opaque random id, in memory: bounded (the oldest entry goes first when full,
 * so a flood of logins cannot exhaust memory) and expiring (an expired id is as good as unknown).
 */
export class ExpiringStore<T> {
  readonly #entries = new Map<string, Entry<T>>();

  constructor(
    private readonly options: { ttlMs: number; maxEntries: number; now?: () => number },
  ) {}

  #now(): number {
    return this.options.now?.() ?? Date.now();
  }

  /** Stores the value under a new unguessable id (256 bits) and returns the id. */
  create(value: T): string {
    const id = randomBytes(32).toString('base64url');
    while (this.#entries.size >= this.options.maxEntries) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) break;
      this.#entries.delete(oldest.value);
    }
    this.#entries.set(id, { value, expiresAt: this.#now() + this.options.ttlMs });
    return id;
  }

  get(id: string | undefined): T | undefined {
    if (id === undefined) return undefined;
    const entry = this.#entries.get(id);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.#now()) {
      this.#entries.delete(id);
      return undefined;
    }
    return entry.value;
  }

  /** Reads and forgets: a pending login can be completed only once. */
  take(id: string | undefined): T | undefined {
    const value = this.get(id);
    if (id !== undefined) this.#entries.delete(id);
    return value;
  }

  delete(id: string | undefined): void {
    if (id !== undefined) this.#entries.delete(id);
  }

  get size(): number {
    return this.#entries.size;
  }
}
