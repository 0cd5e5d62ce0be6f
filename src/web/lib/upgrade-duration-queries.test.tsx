import { waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { UpgradeDurations } from '../../shared/upgrade-durations';
import { ids, projectId } from '../testing/fixtures';
import { renderHookWithProviders } from '../testing/render';
import { server } from '../testing/server';
import { measuredAssumptions, useMeasuredWaves } from './upgrade-duration-queries';

const history = (pools: UpgradeDurations['pools']): UpgradeDurations => ({ clusterId: ids.prod, tasks: 2, cluster: pools[0] ?? null, pools });

describe('measuredAssumptions', () => {
  it('takes P50 as the low end and P90 as the high end, for pools with at least three measured waves', () => {
    const measured = measuredAssumptions(
      history([
        { poolId: 'pool-a', waves: 3, p50Minutes: 6, p90Minutes: 9.5 },
        { poolId: 'pool-b', waves: 2, p50Minutes: 4, p90Minutes: 5 },
        { poolId: 'DefaultPool', waves: 12, p50Minutes: 11, p90Minutes: 14 },
      ]),
    );
    expect(measured).toEqual({ 'pool-a': { low: 6, high: 9.5 }, DefaultPool: { low: 11, high: 14 } });
  });

  it('lets the caller ask for more waves, and gives nothing when no pool has enough', () => {
    const pools = [{ poolId: 'pool-a', waves: 4, p50Minutes: 6, p90Minutes: 8 }];
    expect(measuredAssumptions(history(pools), 5)).toBeUndefined();
    expect(measuredAssumptions(history(pools), 4)).toEqual({ 'pool-a': { low: 6, high: 8 } });
    expect(measuredAssumptions(history([]))).toBeUndefined();
  });

  it('keeps exactly the pools with enough waves, each an honest range', () => {
    const pool = fc.record({ poolId: fc.uuid(), waves: fc.integer({ min: 1, max: 50 }), p50Minutes: fc.double({ min: 0, max: 600, noNaN: true }), spread: fc.double({ min: 0, max: 60, noNaN: true }) });
    fc.assert(
      fc.property(fc.uniqueArray(pool, { selector: (p) => p.poolId, maxLength: 8 }), fc.integer({ min: 1, max: 10 }), (raw, minWaves) => {
        const pools = raw.map(({ spread, ...rest }) => ({ ...rest, p90Minutes: rest.p50Minutes + spread }));
        const measured = measuredAssumptions(history(pools), minWaves) ?? {};
        expect(Object.keys(measured).sort()).toEqual(pools.filter((p) => p.waves >= minWaves).map((p) => p.poolId).sort());
        for (const range of Object.values(measured)) expect(range.low).toBeLessThanOrEqual(range.high);
      }),
    );
  });
});

describe('useMeasuredWaves', () => {
  it('reads the cluster’s history from the BFF and gives the measured pools', async () => {
    let asked = '';
    server.use(
      http.get('*/api/clusters/:cluster_id/upgrade-durations', ({ params }) => {
        asked = String(params.cluster_id);
        return HttpResponse.json(history([{ poolId: 'pool-a', waves: 5, p50Minutes: 7, p90Minutes: 12 }]));
      }),
    );
    const { result } = renderHookWithProviders(() => useMeasuredWaves(projectId, ids.prod));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(asked).toBe(ids.prod);
    expect(result.current.data).toEqual({ 'pool-a': { low: 7, high: 12 } });
  });

  it('gives no measurements for a cluster the planner never watched upgrade', async () => {
    const { result } = renderHookWithProviders(() => useMeasuredWaves(projectId, ids.edge));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toBeUndefined();
  });

  it('fails rather than trust an answer outside the shared schema', async () => {
    server.use(http.get('*/api/clusters/:cluster_id/upgrade-durations', () => HttpResponse.json({ pools: [{ poolId: 'p', waves: -1 }] })));
    const { result } = renderHookWithProviders(() => useMeasuredWaves(projectId, ids.prod));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.data).toBeUndefined();
  });
});
