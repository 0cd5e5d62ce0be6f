import type { PreCheckItem, PreCheckTask } from '../../shared/cce-responses';
import { groupBy } from '../../shared/inventory';
import type { SkippedCheckItem } from '../../shared/check-requests';
import { cceTime } from '../format';
import type { PreCheckReport, SimCluster, SimPreCheck } from '../model';
import { nodesView } from '../views';
import { automaticAddonPatches } from './addon-compatibility';
import type { Finding } from './findings';
import { addonCheckItem, clusterCheckItems, nodeCheckItems, upgradeFindings } from './findings';

/** Share of a pre-check's wall time spent in Init before it reports Running. */
const INIT_SHARE = 0.1;

/**
 * A named item is reported as passed with a "Skipped:" message. An Exception cannot be skipped (CCE lets users
 * accept risks, not blockers); node items are skipped only on the nodes the selector lists.
 */
function applySkips(item: PreCheckItem, skips: readonly SkippedCheckItem[], nodeUid?: string): PreCheckItem {
  if (item.kind === 'Exception') return item;
  const skip = skips.find((s) => s.name === item.name && (nodeUid === undefined || (s.resourceSelector?.values.includes(nodeUid) ?? false)));
  if (!skip) return item;
  const why = item.phase === 'Failed' ? `risk accepted by the request. ${item.message ?? ''}`.trim() : 'not checked, as the request asked.';
  return { ...item, phase: 'Success', message: `Skipped: ${why}` };
}

/** Everything the check finds, fixed at creation: a pre-check reports the cluster as it was when it ran. */
export function preCheckReport(cluster: SimCluster, targetMinor: string, skips: readonly SkippedCheckItem[], now: number): PreCheckReport {
  const findings = upgradeFindings(cluster, targetMinor);
  const atNode = groupBy(findings.filter((f) => f.nodeUid !== undefined), (f) => f.nodeUid ?? '');
  const atAddon = new Map(findings.filter((f) => f.addonTemplateName !== undefined).map((f) => [f.addonTemplateName, f.item]));
  const moves = new Map(automaticAddonPatches(cluster.addons, cluster.resource.spec.version, targetMinor, []).map((patch) => [patch.addonTemplateName, patch.version]));
  const findingNamed = (found: readonly Finding[] | undefined, name: string) => found?.find((f) => f.item.name === name)?.item;

  const addonItems = cluster.addons.map(({ spec: { addonTemplateName: name, version } }) => {
    const move = moves.get(name);
    const passed = {
      name: addonCheckItem(name),
      group: 'AddonCheck',
      phase: 'Success',
      message: move ? `CCE upgrades ${name} ${version} to ${move} along with the cluster.` : `${name} ${version} supports ${targetMinor}.`,
    };
    return applySkips(atAddon.get(name) ?? passed, skips);
  });
  return {
    clusterItems: clusterCheckItems.map(({ name, group }) => applySkips({ name, group, phase: 'Success' }, skips)),
    addonItems,
    // Passed node items stay minimal (name and phase): a 2,000-node report must remain a reasonable download.
    nodes: nodesView(cluster, now).map((node) => ({
      nodeInfo: { uid: node.metadata.uid, name: node.metadata.name, status: node.status.phase ?? 'Active', nodeType: 'node' },
      itemsStatus: nodeCheckItems.map((name) =>
        applySkips(findingNamed(atNode.get(node.metadata.uid), name) ?? { name, phase: 'Success' }, skips, node.metadata.uid),
      ),
    })),
  };
}

/** ShowPreCheck's answer at `now`: Init, then Running with nothing reported yet, then Success with every item. */
export function preCheckView(check: SimPreCheck, now: number): PreCheckTask {
  const endsAt = check.startedAt + check.durationMs;
  const fraction = (now - check.startedAt) / check.durationMs;
  const phase = fraction >= 1 ? 'Success' : fraction < INIT_SHARE ? 'Init' : 'Running';
  const done = phase === 'Success';
  const group = (items: PreCheckItem[]) => ({ phase, itemsStatus: done ? items : [] });
  return {
    apiVersion: 'v3',
    kind: 'PreCheckTask',
    metadata: { uid: check.uid, creationTimestamp: cceTime(check.startedAt), updateTimestamp: cceTime(done ? endsAt : Math.max(check.startedAt, now)) },
    spec: check.spec,
    status: {
      phase,
      ...(done ? { expireTimeStamp: cceTime(endsAt + check.ttlMs) } : {}),
      clusterCheckStatus: group(check.report.clusterItems),
      addonCheckStatus: group(check.report.addonItems),
      nodeCheckStatus: { phase, nodeStageStatus: done ? check.report.nodes : [] },
    },
  };
}
