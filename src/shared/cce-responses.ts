import { z } from 'zod/mini';

// Responses are parsed loosely: the fields the planner reads are checked, anything else CCE adds is kept.

export const clusterSchema = z.looseObject({
  metadata: z.looseObject({ uid: z.string(), name: z.string(), alias: z.optional(z.string()) }),
  spec: z.looseObject({
    version: z.string(),
    platformVersion: z.optional(z.string()),
    category: z.optional(z.string()),
    type: z.optional(z.string()),
    flavor: z.optional(z.string()),
  }),
  status: z.looseObject({
    // Unknown phases are kept as strings so a new CCE phase does not break the cluster list.
    phase: z.string(),
    reason: z.optional(z.string()),
    message: z.optional(z.string()),
  }),
});
export type Cluster = z.infer<typeof clusterSchema>;

export const clusterListSchema = z.looseObject({ items: z.array(clusterSchema) });

const taskPhaseSchema = z.string();

export const upgradeInfoSchema = z.looseObject({
  spec: z.looseObject({
    versionInfo: z.looseObject({
      release: z.string(),
      patch: z.optional(z.string()),
      suggestPatch: z.optional(z.string()),
      targetVersions: z.pipe(
        z.nullish(z.array(z.string())),
        z.transform((v) => v ?? []),
      ),
    }),
    lastUpgradeInfo: z.optional(z.looseObject({ phase: z.optional(taskPhaseSchema), progress: z.optional(z.string()) })),
  }),
});
export type UpgradeInfo = z.infer<typeof upgradeInfoSchema>;

export const upgradePathsSchema = z.looseObject({
  upgradePaths: z.array(z.looseObject({ version: z.string(), platformVersion: z.optional(z.string()), targetVersions: z.array(z.string()) })),
});
export type UpgradePaths = z.infer<typeof upgradePathsSchema>;

export const nodePoolSchema = z.looseObject({
  metadata: z.looseObject({ uid: z.string(), name: z.string() }),
  spec: z.looseObject({
    initialNodeCount: z.optional(z.number()),
    type: z.optional(z.string()),
    nodeTemplate: z.optional(
      z.looseObject({
        flavor: z.optional(z.string()),
        az: z.optional(z.string()),
        os: z.optional(z.string()),
        k8sTags: z.optional(z.record(z.string(), z.string())),
      }),
    ),
  }),
  status: z.optional(z.looseObject({ currentNode: z.optional(z.number()), phase: z.optional(z.string()) })),
});
export type NodePool = z.infer<typeof nodePoolSchema>;
export const nodePoolListSchema = z.looseObject({ items: z.array(nodePoolSchema) });

export const nodeSchema = z.looseObject({
  metadata: z.looseObject({
    uid: z.string(),
    name: z.string(),
    annotations: z.optional(z.record(z.string(), z.string())),
    ownerReferences: z.optional(z.looseObject({ nodepoolID: z.optional(z.string()), nodepoolName: z.optional(z.string()) })),
  }),
  spec: z.looseObject({ flavor: z.optional(z.string()), az: z.optional(z.string()), os: z.optional(z.string()) }),
  status: z.looseObject({ phase: z.optional(z.string()), privateIP: z.optional(z.string()) }),
});
export type ClusterNode = z.infer<typeof nodeSchema>;
export const nodeListSchema = z.looseObject({
  items: z.array(nodeSchema),
  pageInfo: z.optional(z.looseObject({ currentCount: z.optional(z.number()), nextMarker: z.optional(z.string()) })),
});

export const addonInstanceSchema = z.looseObject({
  metadata: z.looseObject({ uid: z.string(), name: z.optional(z.string()), alias: z.optional(z.string()) }),
  spec: z.looseObject({
    addonTemplateName: z.string(),
    version: z.string(),
    values: z.optional(z.record(z.string(), z.unknown())),
  }),
  status: z.optional(z.looseObject({ status: z.optional(z.string()), Reason: z.optional(z.string()), message: z.optional(z.string()) })),
});
export type AddonInstance = z.infer<typeof addonInstanceSchema>;
export const addonInstanceListSchema = z.looseObject({ items: z.array(addonInstanceSchema) });

export const supportVersionSchema = z.looseObject({
  clusterType: z.optional(z.string()),
  clusterVersion: z.optional(z.array(z.string())),
  category: z.nullish(z.array(z.string())),
});
export const addonTemplateSchema = z.looseObject({
  metadata: z.looseObject({ name: z.string() }),
  spec: z.looseObject({
    type: z.optional(z.string()),
    require: z.optional(z.boolean()),
    versions: z.array(
      z.looseObject({
        version: z.string(),
        stable: z.optional(z.boolean()),
        input: z.optional(z.record(z.string(), z.unknown())),
        supportVersions: z.optional(z.array(supportVersionSchema)),
      }),
    ),
  }),
});
export type AddonTemplate = z.infer<typeof addonTemplateSchema>;
export const addonTemplateListSchema = z.looseObject({ items: z.array(addonTemplateSchema) });

export const upgradeTaskSchema = z.looseObject({
  metadata: z.looseObject({ uid: z.string(), creationTimestamp: z.optional(z.string()), updateTimestamp: z.optional(z.string()) }),
  spec: z.looseObject({ version: z.optional(z.string()), targetVersion: z.optional(z.string()), items: z.optional(z.unknown()) }),
  status: z.looseObject({
    phase: taskPhaseSchema,
    progress: z.optional(z.string()),
    completionTime: z.optional(z.string()),
    /** Why a Failed task stopped (the simulator sets both; CCE's own wording is unpublished). */
    reason: z.optional(z.string()),
    message: z.optional(z.string()),
  }),
});
export type UpgradeTask = z.infer<typeof upgradeTaskSchema>;
export const upgradeTaskListSchema = z.looseObject({ items: z.array(upgradeTaskSchema) });

/** Reference §8: Success is done and Failed terminal (until retried); any other phase is still running. */
export const isUpgradeTaskFinished = (task: UpgradeTask | undefined): boolean => task?.status.phase === 'Success' || task?.status.phase === 'Failed';

export const upgradeResponseSchema = z.looseObject({
  metadata: z.looseObject({ uid: z.string() }),
  spec: z.looseObject({
    clusterUpgradeAction: z.optional(z.looseObject({ version: z.optional(z.string()), targetVersion: z.optional(z.string()) })),
  }),
});

/** CCE spells its error bodies two ways (reference §1.4); both are accepted. */
export const cceErrorBodySchema = z.looseObject({
  errorCode: z.optional(z.string()),
  errorMessage: z.optional(z.string()),
  error_code: z.optional(z.string()),
  error_msg: z.optional(z.string()),
  message: z.optional(z.string()),
  request_id: z.optional(z.string()),
});

// Pre- and post-upgrade checks (reference §5.2, §9). Enums are kept as strings: an unknown value must not hide a finding.
export const preCheckItemSchema = z.looseObject({
  name: z.string(),
  /** Exception (must be fixed) | Risk (may be accepted with a reason). */
  kind: z.optional(z.string()),
  /** LimitCheck | MasterCheck | NodeCheck | AddonCheck | ExecuteException. */
  group: z.optional(z.string()),
  /** Info | Warning | Fatal. */
  level: z.optional(z.string()),
  /** Init | Running | Success | Failed: only Failed items are findings. */
  phase: z.optional(z.string()),
  message: z.optional(z.string()),
  errorCodes: z.nullish(z.array(z.string())),
  riskSource: z.nullish(
    z.looseObject({
      nodeRisks: z.nullish(z.array(z.looseObject({ NodeID: z.string() }))),
      addonRisks: z.nullish(z.array(z.looseObject({ addonTemplateName: z.string(), alias: z.optional(z.string()) }))),
    }),
  ),
});
export type PreCheckItem = z.infer<typeof preCheckItemSchema>;

const checkGroupStatusSchema = z.looseObject({
  phase: z.optional(z.string()),
  itemsStatus: z.pipe(
    z.nullish(z.array(preCheckItemSchema)),
    z.transform((v) => v ?? []),
  ),
});

export const preCheckTaskSchema = z.looseObject({
  metadata: z.looseObject({ uid: z.string(), creationTimestamp: z.optional(z.string()), updateTimestamp: z.optional(z.string()) }),
  spec: z.looseObject({
    clusterID: z.optional(z.string()),
    clusterVersion: z.optional(z.string()),
    targetVersion: z.optional(z.string()),
    skippedCheckItemList: z.nullish(z.array(z.looseObject({ name: z.string() }))),
  }),
  status: z.looseObject({
    /** Init | Running | Success | Failed | Error. */
    phase: z.string(),
    expireTimeStamp: z.optional(z.string()),
    message: z.optional(z.string()),
    clusterCheckStatus: z.optional(checkGroupStatusSchema),
    addonCheckStatus: z.optional(checkGroupStatusSchema),
    nodeCheckStatus: z.optional(
      z.looseObject({
        phase: z.optional(z.string()),
        nodeStageStatus: z.pipe(
          z.nullish(
            z.array(
              z.looseObject({
                nodeInfo: z.looseObject({ uid: z.string(), name: z.optional(z.string()), status: z.optional(z.string()), nodeType: z.optional(z.string()) }),
                itemsStatus: z.pipe(
                  z.nullish(z.array(preCheckItemSchema)),
                  z.transform((v) => v ?? []),
                ),
              }),
            ),
          ),
          z.transform((v) => v ?? []),
        ),
      }),
    ),
  }),
});
export type PreCheckTask = z.infer<typeof preCheckTaskSchema>;

export const postCheckSchema = z.looseObject({
  metadata: z.optional(z.looseObject({ uid: z.optional(z.string()) })),
  spec: z.optional(z.looseObject({})),
  /** Success | Failed | Error; CCE answers synchronously (reference §9). */
  status: z.looseObject({ phase: z.string(), message: z.optional(z.string()) }),
});
export type PostCheck = z.infer<typeof postCheckSchema>;

/** Pause/continue/retry answer an empty object (reference §8.3). */
export const emptyResponseSchema = z.looseObject({});
