// Addresses more than one feature links to: the wizard's cluster list and the task view both point at a cluster's history.

export const clusterPath = (clusterId: string) => `/clusters/${encodeURIComponent(clusterId)}`;

export const taskPath = (clusterId: string, taskId: string) => `${clusterPath(clusterId)}/tasks/${encodeURIComponent(taskId)}`;
