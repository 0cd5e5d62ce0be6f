# CCE cluster upgrade of "big-analytics" (c3d9a1f0-6e24-4b8a-b7c5-58e1f2a4d690): v1.29 -> v1.30
# From the plan file exported at 2026-03-02T10:00:00Z; reviewed request body SHA-256 642290ee841fc2505ce7b5f3fbb98a2cf404c049afdb4573e000760062c35c2d
# Saved plan c0ffee00-0000-4000-8000-000000000002, revision 1 by "Mei Chen"; approved by nobody
#
# Written for huaweicloud_cce_cluster_upgrade (provider huaweicloud/huaweicloud >= 1.91.0) as read in
#   huaweicloud/terraform-provider-huaweicloud at a0345b8dcc818aa80d932ec0802891222b0a22af (2026-08-21):
#   huaweicloud/services/cce/resource_huaweicloud_cce_cluster_upgrade.go and docs/resources/cce_cluster_upgrade.md
#
# NOT CARRIED: applying this is not the same as submitting the plan (2):
#   - request: the provider builds its own UpgradeCluster body, not the reviewed text byte for byte (its SHA-256 differs), and none of the planner's submit checks run: no drift check against this file's snapshot, no check that this body hash was approved
#   - plan.scope: in_place_rolling_update has no scope argument: CCE applies its default, "Cluster", so batch sizes carry across node pools instead of restarting in each pool
#
# Read in the provider source, not confirmed against a live account:
#   - It creates an upgrade workflow for target_version and upgrades to the exact version the workflow answers.
#   - It runs its own pre-check first (skipping skipped_check_item_list) and fails if that check does not pass.
#   - is_snapshot and is_postcheck are left unset: no master snapshot before, no post-check after.
#   - region is the provider's: the plan file names none.
#   - The provider's doc example uses operation = "batch"; CCE documents only "patch", written here.

resource "huaweicloud_cce_cluster_upgrade" "big-analytics" {
  cluster_id      = "c3d9a1f0-6e24-4b8a-b7c5-58e1f2a4d690"
  current_version = "v1.29"
  target_version  = "v1.30"

  strategy {
    type = "inPlaceRollingUpdate"

    in_place_rolling_update {
      user_defined_step = 40
    }
  }

  nodepool_order = {
    "a1000000-0000-4000-8000-000000000100" = 5 # "analytics-01"
    "a1000000-0000-4000-8000-000000000113" = 4 # "analytics-14"
    "a1000000-0000-4000-8000-000000000126" = 3 # "analytics-27"
    "a1000000-0000-4000-8000-000000000101" = 2 # "analytics-02"
    "a1000000-0000-4000-8000-000000000102" = 2 # "analytics-03"
    "DefaultPool"                          = 1 # "DefaultPool"
  }

  node_order = {
    # "analytics-01"
    "a1000000-0000-4000-8000-000000000100" = "[{\"nodeSelector\":{\"key\":\"upgrade-wave\",\"operator\":\"in\",\"value\":[\"canary\"]},\"priority\":1}]"
    # "analytics-14"
    "a1000000-0000-4000-8000-000000000113" = "[{\"nodeSelector\":{\"key\":\"upgrade-wave\",\"operator\":\"in\",\"value\":[\"canary\"]},\"priority\":1}]"
    # "analytics-27"
    "a1000000-0000-4000-8000-000000000126" = "[{\"nodeSelector\":{\"key\":\"upgrade-wave\",\"operator\":\"in\",\"value\":[\"canary\"]},\"priority\":2},{\"nodeSelector\":{\"key\":\"analytics.example.com/tier\",\"operator\":\"exists\"},\"priority\":1}]"
  }

  addons {
    addon_template_name = "volcano"
    operation           = "patch"
    version             = "1.16.8"
  }
}
