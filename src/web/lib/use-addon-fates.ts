import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { clusterTraits } from '../../shared/addon-compat';
import { addonFates, type AddonFate, type InstalledAddon } from '../../shared/addon-fates';
import { lintAddonFates, type AddonLint } from '../../shared/addon-lints';
import type { AddonInstance } from '../../shared/cce-responses';
import type { Plan } from '../../shared/plan';
import type { AddonPatch } from '../../shared/upgrade-request';
import { addonQueries } from './addon-queries';
import { clusterQueries } from './cluster-queries';

export interface AddonFatesSubject {
  clusterId: string;
  targetVersion: string;
  patches: readonly AddonPatch[];
  /** The add-ons and cluster version a saved revision was planned against; without it, the cluster's as they are now. */
  snapshot?: { installed: readonly InstalledAddon[]; currentVersion: string };
}

export type AddonFatesView =
  | { state: 'pending' }
  | { state: 'error'; error: unknown; retry: () => void }
  | { state: 'ready'; fates: AddonFate[]; lints: AddonLint[]; instances: readonly AddonInstance[] };

/**
 * Every installed add-on's fate in the upgrade and the lints about them, from the region's templates and the cluster's
 * type and category (which an upgrade does not change). Idle until the plan names a cluster and a target.
 */
export function useAddonFates(projectId: string, subject: AddonFatesSubject): AddonFatesView {
  const { clusterId, targetVersion, patches, snapshot } = subject;
  const enabled = clusterId !== '' && targetVersion !== '';
  const cluster = useQuery({ ...clusterQueries.detail(projectId, clusterId), enabled });
  const instances = useQuery({ ...clusterQueries.addons(projectId, clusterId), enabled: enabled && !snapshot });
  const templates = useQuery({ ...addonQueries.templates(projectId), enabled });

  const ready = useMemo(() => {
    if (!cluster.data || !templates.data || !(snapshot || instances.data)) return undefined;
    const live = instances.data?.items ?? [];
    const installed = snapshot?.installed ?? live.map((instance) => ({ name: instance.spec.addonTemplateName, version: instance.spec.version }));
    const currentVersion = snapshot?.currentVersion ?? cluster.data.spec.version;
    const { version: _target, ...kind } = clusterTraits(cluster.data, targetVersion);
    const fates = addonFates({ installed, patches, templates: templates.data.items, kind, currentVersion, targetVersion });
    return { state: 'ready' as const, fates, lints: lintAddonFates(fates, patches, { currentVersion, targetVersion }), instances: live };
  }, [cluster.data, templates.data, instances.data, snapshot, patches, targetVersion]);

  const failed = [cluster, templates, ...(snapshot ? [] : [instances])].find((query) => query.isError);
  if (failed) return { state: 'error', error: failed.error, retry: () => void failed.refetch() };
  return ready ?? { state: 'pending' };
}

/**
 * The add-on lints of a plan, for the review's list of plan warnings; none until the add-ons and templates are read
 * (their own section says when they cannot be).
 */
export function useAddonLints(projectId: string, plan: Pick<Plan, 'clusterId' | 'targetVersion' | 'addons'>): AddonLint[] {
  const view = useAddonFates(projectId, { clusterId: plan.clusterId, targetVersion: plan.targetVersion, patches: plan.addons });
  return view.state === 'ready' ? view.lints : NO_LINTS;
}

const NO_LINTS: AddonLint[] = [];
