import { KubeConfig } from '@kubernetes/client-node';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Where the BFF finds a cluster's kubeconfig, if it has one. */
export interface KubeconfigSource {
  /** The cluster's kubeconfig, or undefined without one; throws a KubeconfigError when one exists but cannot be used. */
  kubeconfigFor(clusterId: string): KubeConfig | undefined;
  /** One sentence telling the user how to give the BFF a kubeconfig for this cluster. */
  missingHint(clusterId: string): string;
}

/** A kubeconfig that exists but cannot be used. Its message never quotes the file: parser errors would echo secrets. */
export class KubeconfigError extends Error {
  override name = 'KubeconfigError';
}

export const noKubeconfigs: KubeconfigSource = {
  kubeconfigFor: () => undefined,
  missingHint: (clusterId) => `Set KUBECONFIG_DIR and put a kubeconfig at <KUBECONFIG_DIR>/${clusterId}.yaml to read real labels.`,
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
        throw new KubeconfigError(`The kubeconfig ${name} is not a kubeconfig the planner can read (not valid YAML or JSON, or a referenced file is missing)`);
      }
      if (!kc.getCurrentCluster()) throw new KubeconfigError(`The kubeconfig ${name} has no current context naming a cluster`);
      return kc;
    },
    missingHint: (clusterId) => `Put a kubeconfig at <KUBECONFIG_DIR>/${clusterId}.yaml to read real labels.`,
  };
}
