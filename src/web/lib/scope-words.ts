import type { z } from 'zod/mini';
import type { scopeSchema } from '../../shared/upgrade-request';

type Scope = z.infer<typeof scopeSchema>;

/**
 * The step scope in words. CCE's own value follows in brackets: it is what the request JSON, CCE's console and its
 * documentation show, so a reader can match the two.
 */
export const scopeLabels: Record<Scope, string> = {
  Cluster: 'Across the cluster (Cluster)',
  NodePool: 'Within each node pool (NodePool)',
};
