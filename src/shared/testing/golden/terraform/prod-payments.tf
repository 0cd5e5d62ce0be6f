# CCE cluster upgrade of "prod-payments" (6f1c2a9e-3b7d-4e58-9a14-2c8d0e7b5f31): v1.28 -> v1.29
# From the plan file exported at 2026-03-02T10:00:00Z; reviewed request body SHA-256 2befadc6353f707c55b7e432d0d608b0fe922fd0bf7435155dd79a3a59db5371
# Saved plan c0ffee00-0000-4000-8000-000000000001, revision 3 by "Ravi Kumar"; approved by "Mei Chen" at 2026-03-02T09:45:00Z
#
# Written for huaweicloud_cce_cluster_upgrade (provider huaweicloud/huaweicloud >= 1.91.0) as read in
#   huaweicloud/terraform-provider-huaweicloud at a0345b8dcc818aa80d932ec0802891222b0a22af (2026-08-21):
#   huaweicloud/services/cce/resource_huaweicloud_cce_cluster_upgrade.go and docs/resources/cce_cluster_upgrade.md
#
# NOT CARRIED: applying this is not the same as submitting the plan (4):
#   - request: the provider builds its own UpgradeCluster body, not the reviewed text byte for byte (its SHA-256 differs), and none of the planner's submit checks run: no drift check against this file's snapshot, no check that this body hash was approved
#   - preCheck: the provider runs a new pre-check of its own before upgrading; this plan's pre-check c4000000-0000-4000-8000-000000000001 (Success) is not used, and the new one may fail where it passed
#   - acceptedRisks[0].reason: the accepted risk "NodeContainerdDisk" (1 node(s)) is skipped (skipped_check_item_list), but the provider has no place for why; the reason, kept only here: "The image cache on arm-batch-4 is pruned nightly; 91 % leaves room for the new pause and kube-proxy images."
#   - plan.addons[0].values.custom.stub_domains: the provider drops null members and empty objects (utils.RemoveNil); not sent
#
# Read in the provider source, not confirmed against a live account:
#   - It creates an upgrade workflow for target_version and upgrades to the exact version the workflow answers.
#   - It runs its own pre-check first (skipping skipped_check_item_list) and fails if that check does not pass.
#   - is_snapshot and is_postcheck are left unset: no master snapshot before, no post-check after.
#   - region is the provider's: the plan file names none.
#   - scope is not an argument; CCE's default, "Cluster", is what the plan asks for.
#   - The provider's doc example uses operation = "batch"; CCE documents only "patch", written here.

resource "huaweicloud_cce_cluster_upgrade" "prod-payments" {
  cluster_id      = "6f1c2a9e-3b7d-4e58-9a14-2c8d0e7b5f31"
  current_version = "v1.28"
  target_version  = "v1.29"

  strategy {
    type = "inPlaceRollingUpdate"

    in_place_rolling_update {
      user_defined_step = 10
    }
  }

  nodepool_order = {
    "a1000000-0000-4000-8000-000000000001" = 3 # "general-x86"
    "a1000000-0000-4000-8000-000000000002" = 2 # "gpu-inference"
    "a1000000-0000-4000-8000-000000000003" = 1 # "arm-batch"
    "DefaultPool"                          = 0 # "DefaultPool"
  }

  node_order = {
    # "general-x86"
    "a1000000-0000-4000-8000-000000000001" = "[{\"nodeSelector\":{\"key\":\"upgrade-wave\",\"operator\":\"in\",\"value\":[\"canary\"]},\"priority\":2},{\"nodeSelector\":{\"key\":\"rack-index\",\"operator\":\"lt\",\"value\":[\"5\"]},\"priority\":1}]"
    # "gpu-inference"
    "a1000000-0000-4000-8000-000000000002" = "[{\"nodeSelector\":{\"key\":\"upgrade-wave\",\"operator\":\"in\",\"value\":[\"canary\"]},\"priority\":1}]"
    # "memory-optimized"
    "a1000000-0000-4000-8000-000000000004" = "[{\"nodeSelector\":{\"key\":\"upgrade-wave\",\"operator\":\"notin\",\"value\":[\"late\"]},\"priority\":1}]"
  }

  addons {
    addon_template_name = "coredns"
    operation           = "patch"
    version             = "1.29.5"

    values {
      basic_json  = "{\"cluster_ip\":\"10.247.3.10\"}"
      custom_json = "{\"stub_domains\":{},\"upstream_nameservers\":[],\"parameterSyncStrategy\":\"ensureConsistent\"}"
      flavor_json = "{\"name\":\"2500\",\"replicas\":2,\"resources\":[{\"name\":\"main\",\"limitsCpu\":\"500m\",\"requestsCpu\":\"500m\",\"limitsMem\":\"512Mi\",\"requestsMem\":\"512Mi\"}]}"
    }
  }

  skipped_check_item_list {
    name = "NodeContainerdDisk"

    resource_selector {
      key      = "node.uid"
      operator = "In"
      values   = ["b3000000-0000-4000-8000-000000000004"]
    }
  }

  is_only_upgrade = "true"
}
