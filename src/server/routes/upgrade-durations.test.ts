import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bffErrorSchema } from '../../shared/bff-api';
import { upgradeDurationsSchema } from '../../shared/upgrade-durations';
import { type MeasuredWave, upgradeHistoryTable } from '../db/upgrade-history-table';
import { buildTestBff, startRecordingUpstream, TEST_CLUSTER } from '../testing/recording-upstream';

const OTHER_CLUSTER = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const MINUTE = 60_000;
const wave = (n: number, poolId: string | null, minutes: number): MeasuredWave => ({ wave: n, poolId, nodes: 1, shortestMs: minutes * MINUTE - 10_000, longestMs: minutes * MINUTE + 10_000 });

let upstream: Awaited<ReturnType<typeof startRecordingUpstream>>;
let app: FastifyInstance;

beforeAll(async () => {
  upstream = await startRecordingUpstream();
  const built = await buildTestBff(upstream.endpoint);
  app = built.app;
  const table = upgradeHistoryTable(built.database.db);
  const at = new Date();
  // Two upgrades of TEST_CLUSTER: pool-a's waves took 4, 6 and 8 minutes, pool-b's 10; one wave could not be put in a pool.
  await table.recordMeasured(TEST_CLUSTER, 'task-1', [wave(1, 'pool-a', 4), wave(2, 'pool-a', 6), wave(3, 'pool-b', 10), wave(4, null, 20)], at);
  await table.recordMeasured(TEST_CLUSTER, 'task-2', [wave(1, 'pool-a', 8)], at);
  await table.recordMeasured(OTHER_CLUSTER, 'task-3', [wave(1, 'pool-a', 60)], at);
});
afterAll(async () => {
  await app.close();
  await upstream.close();
});

const get = (clusterId: string) => app.inject({ method: 'GET', url: `/api/clusters/${clusterId}/upgrade-durations` });

describe('GET /api/clusters/:clusterId/upgrade-durations', () => {
  it('answers P50 and P90 of the cluster’s measured waves per pool and for the whole cluster, without asking CCE', async () => {
    upstream.received.length = 0;
    const response = await get(TEST_CLUSTER);
    expect(response.statusCode).toBe(200);
    expect(upgradeDurationsSchema.parse(response.json())).toEqual({
      clusterId: TEST_CLUSTER,
      tasks: 2,
      cluster: { waves: 5, p50Minutes: 8, p90Minutes: 16 },
      pools: [
        { poolId: 'pool-a', waves: 3, p50Minutes: 6, p90Minutes: 7.6 },
        { poolId: 'pool-b', waves: 1, p50Minutes: 10, p90Minutes: 10 },
      ],
    });
    expect(upstream.received).toEqual([]);
  });

  it('answers a cluster with no measured upgrade with no figures', async () => {
    const response = await get('11111111-2222-4333-8444-555555555555');
    expect(response.json()).toEqual({ clusterId: '11111111-2222-4333-8444-555555555555', tasks: 0, cluster: null, pools: [] });
  });

  it.each([
    ['not-a-cluster', 'BFF.INVALID_PATH', /cluster id/],
    [TEST_CLUSTER.toUpperCase(), 'BFF.INVALID_PATH', /cluster id/],
    [`${TEST_CLUSTER}%2F..`, 'BFF.BAD_TARGET', /percent-encoded|dot segments/],
    [encodeURIComponent(`${TEST_CLUSTER}/../${OTHER_CLUSTER}`), 'BFF.BAD_TARGET', /percent-encoded|dot segments/],
    // Even an encoding that decodes to a valid id: the BFF reads paths only as the SPA sends them.
    [TEST_CLUSTER.replace('6', '%36'), 'BFF.BAD_TARGET', /percent-encoded/],
    [`${TEST_CLUSTER}%20`, 'BFF.BAD_TARGET', /percent-encoded/],
    [`${TEST_CLUSTER}.`, 'BFF.INVALID_PATH', /cluster id/],
  ])('refuses the cluster id %s with 400 in the BFF error shape', async (clusterId, code, message) => {
    const response = await get(clusterId);
    expect(response.statusCode).toBe(400);
    expect(bffErrorSchema.parse(response.json())).toMatchObject({ status: 400, code, message: expect.stringMatching(message) });
  });
});
