import { z } from 'zod';

// Responses are parsed loosely: the fields the planner reads are checked, anything else CCE adds is kept.

export const clusterSchema = z.looseObject({
  metadata: z.looseObject({ uid: z.string(), name: z.string(), alias: z.string().optional() }),
  spec: z.looseObject({
    version: z.string(),
    platformVersion: z.string().optional(),
    category: z.string().optional(),
    type: z.string().optional(),
    flavor: z.string().optional(),
  }),
  status: z.looseObject({
    // Unknown phases are kept as strings so a new CCE phase does not break the cluster list.
    phase: z.string(),
    reason: z.string().optional(),
    message: z.string().optional(),
  }),
});
export type Cluster = z.infer<typeof clusterSchema>;

export const clusterListSchema = z.looseObject({ items: z.array(clusterSchema) });

const taskPhaseSchema = z.string();

export const upgradeInfoSchema = z.looseObject({
  spec: z.looseObject({
    versionInfo: z.looseObject({
      release: z.string(),
      patch: z.string().optional(),
      suggestPatch: z.string().optional(),
      targetVersions: z.array(z.string()).nullish().transform((v) => v ?? []),
    }),
    lastUpgradeInfo: z.looseObject({ phase: taskPhaseSchema.optional(), progress: z.string().optional() }).optional(),
  }),
});
export type UpgradeInfo = z.infer<typeof upgradeInfoSchema>;

export const upgradePathsSchema = z.looseObject({
  upgradePaths: z.array(
    z.looseObject({ version: z.string(), platformVersion: z.string().optional(), targetVersions: z.array(z.string()) }),
  ),
});
export type UpgradePaths = z.infer<typeof upgradePathsSchema>;

export const nodePoolSchema = z.looseObject({
  metadata: z.looseObject({ uid: z.string(), name: z.string() }),
  spec: z.looseObject({
    initialNodeCount: z.number().optional(),
    type: z.string().optional(),
    nodeTemplate: z
      .looseObject({
        flavor: z.string().optional(),
        az: z.string().optional(),
        os: z.string().optional(),
        k8sTags: z.record(z.string(), z.string()).optional(),
      })
      .optional(),
  }),
  status: z.looseObject({ currentNode: z.number().optional(), phase: z.string().optional() }).optional(),
});
export type NodePool = z.infer<typeof nodePoolSchema>;
export const nodePoolListSchema = z.looseObject({ items: z.array(nodePoolSchema) });

export const nodeSchema = z.looseObject({
  metadata: z.looseObject({
    uid: z.string(),
    name: z.string(),
    annotations: z.record(z.string(), z.string()).optional(),
    ownerReferences: z.looseObject({ nodepoolID: z.string().optional(), nodepoolName: z.string().optional() }).optional(),
  }),
  spec: z.looseObject({ flavor: z.string().optional(), az: z.string().optional(), os: z.string().optional() }),
  status: z.looseObject({ phase: z.string().optional(), privateIP: z.string().optional() }),
});
export type ClusterNode = z.infer<typeof nodeSchema>;
export const nodeListSchema = z.looseObject({
  items: z.array(nodeSchema),
  pageInfo: z.looseObject({ currentCount: z.number().optional(), nextMarker: z.string().optional() }).optional(),
});

export const addonInstanceSchema = z.looseObject({
  metadata: z.looseObject({ uid: z.string(), name: z.string().optional(), alias: z.string().optional() }),
  spec: z.looseObject({
    addonTemplateName: z.string(),
    version: z.string(),
    values: z.record(z.string(), z.unknown()).optional(),
  }),
  status: z.looseObject({ status: z.string().optional(), Reason: z.string().optional(), message: z.string().optional() }).optional(),
});
export type AddonInstance = z.infer<typeof addonInstanceSchema>;
export const addonInstanceListSchema = z.looseObject({ items: z.array(addonInstanceSchema) });

export const supportVersionSchema = z.looseObject({
  clusterType: z.string().optional(),
  clusterVersion: z.array(z.string()).optional(),
  category: z.array(z.string()).nullish(),
});
export const addonTemplateSchema = z.looseObject({
  metadata: z.looseObject({ name: z.string() }),
  spec: z.looseObject({
    type: z.string().optional(),
    require: z.boolean().optional(),
    versions: z.array(
      z.looseObject({
        version: z.string(),
        stable: z.boolean().optional(),
        input: z.record(z.string(), z.unknown()).optional(),
        supportVersions: z.array(supportVersionSchema).optional(),
      }),
    ),
  }),
});
export type AddonTemplate = z.infer<typeof addonTemplateSchema>;
export const addonTemplateListSchema = z.looseObject({ items: z.array(addonTemplateSchema) });

export const upgradeTaskSchema = z.looseObject({
  metadata: z.looseObject({ uid: z.string(), creationTimestamp: z.string().optional(), updateTimestamp: z.string().optional() }),
  spec: z.looseObject({ version: z.string().optional(), targetVersion: z.string().optional(), items: z.unknown().optional() }),
  status: z.looseObject({
    phase: taskPhaseSchema,
    progress: z.string().optional(),
    completionTime: z.string().optional(),
    /** Why a Failed task stopped (the simulator sets both; CCE's own wording is unpublished). */
    reason: z.string().optional(),
    message: z.string().optional(),
  }),
});
export type UpgradeTask = z.infer<typeof upgradeTaskSchema>;
export const upgradeTaskListSchema = z.looseObject({ items: z.array(upgradeTaskSchema) });

/** Reference §8: Success is done and Failed terminal (until retried); any other phase is still running. */
export const isUpgradeTaskFinished = (task: UpgradeTask | undefined): boolean => task?.status.phase === 'Success' || task?.status.phase === 'Failed';

export const upgradeResponseSchema = z.looseObject({
  metadata: z.looseObject({ uid: z.string() }),
  spec: z.looseObject({
    clusterUpgradeAction: z.looseObject({ version: z.string().optional(), targetVersion: z.string().optional() }).optional(),
  }),
});

/** CCE spells its error bodies two ways (reference §1.4); both are accepted. */
export const cceErrorBodySchema = z.looseObject({
  errorCode: z.string().optional(),
  errorMessage: z.string().optional(),
  error_code: z.string().optional(),
  error_msg: z.string().optional(),
  message: z.string().optional(),
  request_id: z.string().optional(),
});

// Pre- and post-upgrade checks (reference §5.2, §9). Enums are kept as strings: an unknown value must not hide a finding.
export const preCheckItemSchema = z.looseObject({
  name: z.string(),
  /** Exception (must be fixed) | Risk (may be accepted with a reason). */
  kind: z.string().optional(),
  /** LimitCheck | MasterCheck | NodeCheck | AddonCheck | ExecuteException. */
  group: z.string().optional(),
  /** Info | Warning | Fatal. */
  level: z.string().optional(),
  /** Init | Running | Success | Failed: only Failed items are findings. */
  phase: z.string().optional(),
  message: z.string().optional(),
  errorCodes: z.array(z.string()).nullish(),
  riskSource: z
    .looseObject({
      nodeRisks: z.array(z.looseObject({ NodeID: z.string() })).nullish(),
      addonRisks: z.array(z.looseObject({ addonTemplateName: z.string(), alias: z.string().optional() })).nullish(),
    })
    .nullish(),
});
export type PreCheckItem = z.infer<typeof preCheckItemSchema>;

const checkGroupStatusSchema = z.looseObject({
  phase: z.string().optional(),
  itemsStatus: z.array(preCheckItemSchema).nullish().transform((v) => v ?? []),
});

export const preCheckTaskSchema = z.looseObject({
  metadata: z.looseObject({ uid: z.string(), creationTimestamp: z.string().optional(), updateTimestamp: z.string().optional() }),
  spec: z.looseObject({
    clusterID: z.string().optional(),
    clusterVersion: z.string().optional(),
    targetVersion: z.string().optional(),
    skippedCheckItemList: z.array(z.looseObject({ name: z.string() })).nullish(),
  }),
  status: z.looseObject({
    /** Init | Running | Success | Failed | Error. */
    phase: z.string(),
    expireTimeStamp: z.string().optional(),
    message: z.string().optional(),
    clusterCheckStatus: checkGroupStatusSchema.optional(),
    addonCheckStatus: checkGroupStatusSchema.optional(),
    nodeCheckStatus: z
      .looseObject({
        phase: z.string().optional(),
        nodeStageStatus: z
          .array(
            z.looseObject({
              nodeInfo: z.looseObject({ uid: z.string(), name: z.string().optional(), status: z.string().optional(), nodeType: z.string().optional() }),
              itemsStatus: z.array(preCheckItemSchema).nullish().transform((v) => v ?? []),
            }),
          )
          .nullish()
          .transform((v) => v ?? []),
      })
      .optional(),
  }),
});
export type PreCheckTask = z.infer<typeof preCheckTaskSchema>;

export const postCheckSchema = z.looseObject({
  metadata: z.looseObject({ uid: z.string().optional() }).optional(),
  spec: z.looseObject({}).optional(),
  /** Success | Failed | Error; CCE answers synchronously (reference §9). */
  status: z.looseObject({ phase: z.string(), message: z.string().optional() }),
});
export type PostCheck = z.infer<typeof postCheckSchema>;

/** Pause/continue/retry answer an empty object (reference §8.3). */
export const emptyResponseSchema = z.looseObject({});
