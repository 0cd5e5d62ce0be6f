import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { SIMULATOR_PORT } from '../playwright.config';

const simulatorUrl = `http://127.0.0.1:${SIMULATOR_PORT}/__sim`;

interface ReceivedRequest {
  operation?: string;
  method: string;
  url: string;
  body: string;
}

/** What the CCE simulator received and the faults it injects: the other end of the wire, seen from a spec. */
export class SimulatorControl {
  constructor(private readonly base = simulatorUrl) {}

  async reset() {
    const response = await fetch(`${this.base}/reset`, { method: 'POST' });
    expect(response.ok).toBe(true);
  }

  async received(operation: string): Promise<ReceivedRequest[]> {
    const response = await fetch(`${this.base}/requests`);
    const { items } = (await response.json()) as { items: ReceivedRequest[] };
    return items.filter((item) => item.operation === operation);
  }

  async fault(operation: string, spec: Record<string, unknown>) {
    const response = await fetch(`${this.base}/faults/${operation}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(spec),
    });
    expect(response.ok).toBe(true);
  }

  /** The cluster's next upgrade stops in wave `atWave` (1-based) with `reason`, until it is retried. */
  async failUpgrade(clusterId: string, atWave: number, reason: string) {
    await this.put(`upgrade-failures/${clusterId}`, { atWave, reason });
  }

  /** The simulator's signature clock runs `ms` off, so the BFF's requests look expired (APIG.0303); reset() undoes it. */
  async skewClock(ms: number) {
    await this.put('clock', { skewMs: ms });
  }

  private async put(path: string, body: Record<string, unknown>) {
    const response = await fetch(`${simulatorUrl}/${path}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.ok).toBe(true);
  }
}

/** Fails on any serious or critical axe violation on the page as it is now. */
export async function expectAccessible(page: Page, where: string) {
  // A colour caught halfway through a CSS transition is not what the user reads; check the settled page.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity));
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${where}: ${v.id} — ${v.help} (${v.nodes.map((n) => `${n.target.join(' ')} ${n.html} ${n.failureSummary ?? ''}`).join(', ')})`)).toEqual([]);
}

export const test = base.extend<{ simulator: SimulatorControl }>({
  // Playwright's fixture signature: the first argument must be a destructuring pattern, here of no fixtures.
  // eslint-disable-next-line no-empty-pattern
  simulator: async ({}, provide) => {
    const simulator = new SimulatorControl();
    await simulator.reset();
    await provide(simulator);
  },
});
export { expect };
