import { KubeConfig } from '@kubernetes/client-node';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Where the BFF finds a cluster's kubeconfig, if it has one. */
export interface KubeconfigSource {
  /** The cluster's kubeconfig, or undefined without one; throws a KubeconfigError when one exists but cannot be used. */
  kubeconfigFor(clusterId: string): KubeConfig | undefined;
  /** Why a cluster has none: KUBECONFIG_DIR is not set, has no file for it, or (demo) it is not the simulator's. */
  readonly missing: 'unset' | 'directory' | 'demo';
}

export type KubeconfigProblem = 'unreadable' | 'no-cluster';

/** What is wrong with a kubeconfig, in the BFF's English; `kubeconfig` names the file as the operator knows it. */
export function kubeconfigProblemInEnglish(problem: KubeconfigProblem, kubeconfig: string | undefined): string {
  const it = kubeconfig === undefined ? 'The kubeconfig for this cluster' : `The kubeconfig ${kubeconfig}`;
  return problem === 'unreadable'
    ? `${it} is not a kubeconfig the planner can read (not valid YAML or JSON, or a referenced file is missing)`
    : `${it} has no current context naming a cluster`;
}

/**
 * A kubeconfig that exists but cannot be used: it does not parse, or names no current cluster. It never quotes the
 * file (parser errors would echo secrets).
 */
export class KubeconfigError extends Error {
  override name = 'KubeconfigError';
  constructor(
    readonly problem: KubeconfigProblem,
    /** The file as the operator knows it (<KUBECONFIG_DIR>/…); absent for one the BFF was handed whole. */
    readonly kubeconfig?: string,
  ) {
    super(kubeconfigProblemInEnglish(problem, kubeconfig));
  }
}

export const noKubeconfigs: KubeconfigSource = {
  kubeconfigFor: () => undefined,
  missing: 'unset',
};

const EXTENSIONS = ['.yaml', '.yml', '.json'] as const;

/**
 * Real mode: `<dir>/<cluster_id>.yaml` (or .yml, .json), read on every request so a new or renewed kubeconfig
 * needs no restart. Callers pass a validated cluster id, so the name can never leave the directory.
 */
export function kubeconfigDirectory(dir: string): KubeconfigSource {
  return {
    kubeconfigFor(clusterId) {
      const file = EXTENSIONS.map((ext) => join(dir, `${clusterId}${ext}`)).find((path) => existsSync(path));
      if (!file) return undefined;
      // Named as the operator knows it (KUBECONFIG_DIR and the file name), never by the server's absolute path, which
      // viewers have no business seeing.
      const name = `<KUBECONFIG_DIR>/${basename(file)}`;
      const kc = new KubeConfig();
      try {
        kc.loadFromFile(file);
      } catch {
        throw new KubeconfigError('unreadable', name);
      }
      if (!kc.getCurrentCluster()) throw new KubeconfigError('no-cluster', name);
      return kc;
    },
    missing: 'directory',
  };
}
