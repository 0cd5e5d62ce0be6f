// Addresses more than one feature links to: the wizard's cluster list and the task view both point at a cluster's history;
// the plan list and the wizard at the page that opens a plan file. Kept apart from what those pages import (plan files'
// schemas), so the first load does not build schemas it has no use for.

export const clusterPath = (clusterId: string) => `/clusters/${encodeURIComponent(clusterId)}`;

/** The page that opens a plan file: the wizard owns it, the plan list links to it. */
export const planImportPath = '/plans/import';

export const taskPath = (clusterId: string, taskId: string) => `${clusterPath(clusterId)}/tasks/${encodeURIComponent(taskId)}`;
