import { waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { derivedNodeLabels, ids, nodes, projectId } from '../testing/fixtures';
import { cceRoute } from '../testing/handlers';
import { renderHookWithProviders } from '../testing/render';
import { server } from '../testing/server';
import { useInventory } from './use-inventory';

const renderInventory = () => renderHookWithProviders(() => useInventory(projectId, ids.prod));

describe('useInventory', () => {
  it('joins pools, nodes and Kubernetes labels', async () => {
    const { result } = renderInventory();
    expect(result.current.isPending).toBe(true);
    await waitFor(() => expect(result.current.isPending).toBe(false));
    expect(result.current.labelSource).toBe('kubernetes');
    expect(result.current.pools.map((pool) => [pool.name, pool.nodeCount])).toEqual([
      ['DefaultPool', 1], ['general-x86', 4], ['gpu-inference', 2], ['arm-batch', 3],
    ]);
    const canary = result.current.nodes.filter((node) => node.labels['upgrade-wave'] === 'canary').map((node) => node.name);
    expect(canary).toEqual(['general-x86-1', 'general-x86-2']);
  });

  it('follows nextMarker across pages with the largest page size', async () => {
    const seen: string[] = [];
    server.use(
      http.get(cceRoute('listNodes'), ({ request }) => {
        const url = new URL(request.url);
        seen.push(url.search);
        const second = url.searchParams.get('marker') === 'page-2';
        const items = second ? nodes.items.slice(6) : nodes.items.slice(0, 6);
        return HttpResponse.json({ kind: 'List', apiVersion: 'v3', items, pageInfo: second ? { currentCount: 4 } : { currentCount: 6, nextMarker: 'page-2' } });
      }),
    );
    const { result } = renderInventory();
    await waitFor(() => expect(result.current.isPending).toBe(false));
    expect(seen).toEqual(['?limit=2000', '?limit=2000&marker=page-2']);
    expect(result.current.nodes).toHaveLength(10);
  });

  it('says why labels are derived when the BFF cannot read Kubernetes', async () => {
    server.use(http.get('*/api/clusters/:cluster_id/node-labels', () => HttpResponse.json(derivedNodeLabels)));
    const { result } = renderInventory();
    await waitFor(() => expect(result.current.isPending).toBe(false));
    expect(result.current.labelSource).toBe('derived');
    expect(result.current.labelReason).toEqual({ failure: { code: 'no-kubeconfig', where: 'unset' }, clusterId: ids.prod });
    expect(result.current.nodes.find((node) => node.name === 'general-x86-1')?.labels).not.toHaveProperty('upgrade-wave');
  });
});
