import { ControlError } from './control-body';
import { cceTime } from './format';
import type { SimCluster } from './model';
import { catalogEntry } from './seed/addon-catalog';
import { applyAddonPatch } from './seed/addons';
import { activeTask } from './store';

/** cce.10.0 → cce.10.1: the last number moves on. */
const nextPlatformVersion = (current: string) =>
  /\d+$/.test(current) ? current.replace(/\d+$/, (n) => String(Number(n) + 1)) : `${current}.1`;

const patchNumber = (patch: string) => Number(/^r(\d+)$/.exec(patch)?.[1] ?? Number.NaN);

/**
 * A patch upgrade CCE applied on its own: the platformVersion moves to `to` ("next": its last number plus one), and the
 * release patch one step on (r30 → r31), so ShowUpgradeInfo and the kubelet versions show it too.
 */
export function bumpPatch(cluster: SimCluster, to: string, at: number) {
  const { name } = cluster.resource.metadata;
  if (activeTask(cluster)) throw new ControlError(409, `cluster ${name} has an upgrade task running; its patch cannot move under it`);
  const previous = cluster.resource.spec.platformVersion ?? '';
  const platformVersion = to === 'next' ? nextPlatformVersion(previous) : to;
  if (platformVersion === previous) throw new ControlError(400, `cluster ${name} is already on ${previous}`);
  cluster.resource.spec.platformVersion = platformVersion;
  cluster.resource.metadata.updateTimestamp = cceTime(at);
  const patch = Number.isNaN(patchNumber(cluster.patch)) ? `${cluster.patch}.1` : `r${patchNumber(cluster.patch) + 1}`;
  cluster.patch = patch;
  if (cluster.suggestPatch !== undefined && patchNumber(patch) >= patchNumber(cluster.suggestPatch)) cluster.suggestPatch = undefined;
  return { platformVersion, previous, patch };
}

/** The add-on instance moved to another catalogued version, as a patch by hand in the console would. */
export function setAddonVersion(cluster: SimCluster, addonName: string, version: string, at: number) {
  const { name } = cluster.resource.metadata;
  const addon = cluster.addons.find((a) => a.spec.addonTemplateName === addonName);
  if (!addon) throw new ControlError(404, `cluster ${name} has no add-on ${addonName}`, { installed: cluster.addons.map((a) => a.spec.addonTemplateName) });
  const versions = catalogEntry(addonName)?.versions.map((v) => v.version) ?? [];
  if (!versions.includes(version)) throw new ControlError(400, `${addonName} has no version ${version}`, { versions });
  const previous = addon.spec.version;
  if (version === previous) throw new ControlError(400, `${addonName} on cluster ${name} is already on ${version}`);
  applyAddonPatch(addon, { addonTemplateName: addonName, operation: 'patch', version }, at);
  return { name: addonName, version, previous };
}
