import type { TestSimulator } from './signed-inject';

/** Test-only: an unsigned call to a /__sim/clusters/ control, answering the status and the JSON body. */
export async function clusterControl(sim: TestSimulator, method: 'POST' | 'PUT' | 'PATCH', path: string, payload?: unknown) {
  const response = await sim.app.inject({ method, url: `/__sim/clusters/${path}`, ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }) });
  return { status: response.statusCode, body: response.json() as Record<string, unknown> };
}
