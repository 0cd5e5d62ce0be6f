import { DEFAULT_POOL } from '../../shared/ids';
import { invalidRequest } from '../errors';
import type { OperationHandler } from '../operations';
import type { SimStore } from '../store';
import { nodesView } from '../views';

const MAX_PAGE = 2000;

export function inventoryHandlers(store: SimStore) {
  const listNodePools: OperationHandler = ({ params, query, now }) => {
    const { pools } = store.cluster(params.cluster_id, now);
    const showDefault = query['showDefaultNodePool'] === 'true';
    return { kind: 'List', apiVersion: 'v3', items: showDefault ? pools : pools.filter((pool) => pool.metadata.uid !== DEFAULT_POOL) };
  };

  /** Pages by `marker` = the uid of the last node already seen (reference §2.3). */
  const listNodes: OperationHandler = ({ params, query, now }) => {
    const nodes = nodesView(store.cluster(params.cluster_id, now), now);
    const limit = Number(query['limit'] ?? MAX_PAGE);
    const marker = query['marker'];
    const start = marker === undefined ? 0 : nodes.findIndex((node) => node.metadata.uid === marker) + 1;
    if (start === 0 && marker !== undefined) throw invalidRequest(`marker: no node with uid ${marker}`);
    const items = nodes.slice(start, start + limit);
    const more = start + limit < nodes.length;
    return {
      kind: 'List',
      apiVersion: 'v3',
      items,
      pageInfo: { currentCount: items.length, ...(more ? { nextMarker: items.at(-1)?.metadata.uid } : {}) },
    };
  };

  return { listNodePools, listNodes };
}
