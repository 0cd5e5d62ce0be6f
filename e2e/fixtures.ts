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

/** A node as the simulator's cluster controls answer it; `privateIp` is its Kubernetes node name. */
export interface SimulatedNode {
  uid: string;
  name: string;
  privateIp: string;
  poolId: string;
  poolName: string;
  labels: Record<string, string>;
}

export interface PatchBump {
  platformVersion: string;
  previous: string;
  /** The release patch, as ShowUpgradeInfo serves it (r30 → r31). */
  patch: string;
}

export interface AddonVersionChange {
  name: string;
  version: string;
  previous: string;
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
    await this.send('PUT', `upgrade-failures/${clusterId}`, { atWave, reason });
  }

  /** The simulator's signature clock runs `ms` off, so the BFF's requests look expired (APIG.0303); reset() undoes it. */
  async skewClock(ms: number) {
    await this.send('PUT', 'clock', { skewMs: ms });
  }

  /** A new Active node in the pool (by name or id), in ListNodes, the pool's counts and Kubernetes; reset() removes it. */
  async addNode(clusterId: string, poolName: string, node: { name?: string; labels?: Record<string, string> } = {}): Promise<SimulatedNode> {
    return (await this.send('POST', `clusters/${clusterId}/pools/${encodeURIComponent(poolName)}/nodes`, node)) as SimulatedNode;
  }

  /**
   * Sets (a value) or removes (null) Kubernetes labels of a node named by uid, CCE name or private IP. Only the
   * cluster's Kubernetes API shows them: a cluster without a kubeconfig, whose labels are derived from CCE, sees no change.
   */
  async relabelNode(clusterId: string, node: string, labels: Record<string, string | null>): Promise<SimulatedNode> {
    return (await this.send('PATCH', `clusters/${clusterId}/nodes/${encodeURIComponent(node)}/labels`, { labels })) as SimulatedNode;
  }

  /** Moves the cluster's platformVersion to `to` (e.g. cce.10.3) or, by default, the next patch (cce.10.0 → cce.10.1). */
  async bumpPatch(clusterId: string, to?: string): Promise<PatchBump> {
    return (await this.send('POST', `clusters/${clusterId}/patch`, to === undefined ? {} : { to })) as PatchBump;
  }

  /** Moves an installed add-on to another version of its catalogue. */
  async setAddonVersion(clusterId: string, addonName: string, version: string): Promise<AddonVersionChange> {
    return (await this.send('PUT', `clusters/${clusterId}/addons/${addonName}`, { version })) as AddonVersionChange;
  }

  /** Answers the control's JSON body, if any; a refusal fails the spec with the control's message. */
  private async send(method: 'POST' | 'PUT' | 'PATCH', path: string, body: Record<string, unknown>): Promise<unknown> {
    const response = await fetch(`${this.base}/${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    expect(response.ok, `${method} /__sim/${path}: ${text}`).toBe(true);
    return text ? (JSON.parse(text) as unknown) : undefined;
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
