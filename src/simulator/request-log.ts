import type { OperationName } from '../shared/cce-operations';

export interface ReceivedRequest {
  receivedAt: string;
  method: string;
  url: string;
  operation: OperationName;
  headers: Record<string, string>;
  /** The body exactly as it arrived, so tests can assert on the bytes the BFF signed. */
  body: string;
}

export interface RequestLog {
  record(entry: ReceivedRequest): void;
  list(): readonly ReceivedRequest[];
  clear(): void;
}

/** Bounded so a long-running dev simulator cannot grow without limit; tests stay far below it. */
export function createRequestLog(limit = 2000): RequestLog {
  let entries: ReceivedRequest[] = [];
  return {
    record(entry) {
      entries.push(entry);
      if (entries.length > limit) entries = entries.slice(-limit);
    },
    list: () => entries,
    clear() {
      entries = [];
    },
  };
}
