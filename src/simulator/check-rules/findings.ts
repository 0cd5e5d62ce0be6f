import type { PreCheckItem } from '../../shared/cce-responses';
import type { SimCluster } from '../model';
import { incompatibleAddons } from './addon-compatibility';

/** The check items every pre-check runs, by where they run; findings carry the same names so a skip can name them. */
export const clusterCheckItems = [
  { name: 'ClusterResourceQuota', group: 'LimitCheck' },
  { name: 'MasterComponentHealth', group: 'MasterCheck' },
  { name: 'MasterNodeFlavor', group: 'MasterCheck' },
] as const;
export const CONTAINERD_DISK_ITEM = 'NodeContainerdDisk';
// One item per node: a 2,000-node report then stays near 370 kB, where two items cost 460 kB.
export const nodeCheckItems = [CONTAINERD_DISK_ITEM] as const;
export const addonCheckItem = (addonTemplateName: string) => `AddonCompatibility.${addonTemplateName}`;

/** Above this, pulling the target version's images may fill a node's containerd disk. */
const DISK_RISK_PERCENT = 85;

export interface Finding {
  item: PreCheckItem & { name: string; kind: 'Exception' | 'Risk'; message: string };
  /** Where it was found: the node of a NodeCheck finding, the add-on of an AddonCheck one. */
  nodeUid?: string;
  addonTemplateName?: string;
}

function addonFindings(cluster: SimCluster, targetMinor: string): Finding[] {
  return incompatibleAddons(cluster.addons, targetMinor)
    .filter(({ current }) => current.retired)
    .map(({ addon, entry, current, compatible }) => {
      const what = `${entry.alias} (${entry.name}) ${current.version} does not support cluster version ${targetMinor}`;
      const fix = compatible
        ? `it is out of maintenance, so CCE will not upgrade it along with the cluster. Patch it to ${compatible.version} (which supports ${targetMinor}) in the upgrade request.`
        : `no version of it supports ${targetMinor}. Uninstall it before upgrading.`;
      return {
        addonTemplateName: entry.name,
        item: {
          name: addonCheckItem(entry.name),
          kind: 'Exception',
          group: 'AddonCheck',
          level: 'Fatal',
          phase: 'Failed',
          message: `${what}; ${fix}`,
          riskSource: { addonRisks: [{ addonTemplateName: addon.spec.addonTemplateName, alias: entry.alias }] },
        },
      };
    });
}

function nodeFindings(cluster: SimCluster): Finding[] {
  return cluster.nodes.flatMap((node) => {
    const usage = cluster.containerdDiskUsage.get(node.metadata.uid) ?? 0;
    if (usage < DISK_RISK_PERCENT) return [];
    return [{
      nodeUid: node.metadata.uid,
      item: {
        name: CONTAINERD_DISK_ITEM,
        kind: 'Risk',
        group: 'NodeCheck',
        level: 'Warning',
        phase: 'Failed',
        message:
          `The containerd data disk of node ${node.metadata.name} is ${usage} % full, and the upgrade pulls new images onto it: ` +
          'the node may run out of space mid-upgrade. Free space (e.g. crictl rmi --prune) or expand the disk, or accept the risk.',
        riskSource: { nodeRisks: [{ NodeID: node.metadata.uid }] },
      },
    }];
  });
}

/**
 * What CCE's pre-upgrade check finds for this cluster and target, from its current state. The one source of truth
 * for both the CreatePreCheck report and UpgradeCluster's built-in check, so they can never disagree.
 */
export function upgradeFindings(cluster: SimCluster, targetMinor: string): Finding[] {
  return [...addonFindings(cluster, targetMinor), ...nodeFindings(cluster)];
}
