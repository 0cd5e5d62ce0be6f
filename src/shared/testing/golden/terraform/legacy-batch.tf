# CCE cluster upgrade of "legacy-batch" (0b5e7d42-91ac-4f63-8e2d-7a6c13f09b84): v1.25 -> v1.27
# From the plan file exported at 2026-03-02T10:00:00Z; reviewed request body SHA-256 3f9f8e444c15d229489c5e2ed420a203b6c0854701e5d4e7e63a6a75cf8adc17
# Not a saved revision: nobody approved it.
#
# Written for huaweicloud_cce_cluster_upgrade (provider huaweicloud/huaweicloud >= 1.91.0) as read in
#   huaweicloud/terraform-provider-huaweicloud at a0345b8dcc818aa80d932ec0802891222b0a22af (2026-08-21):
#   huaweicloud/services/cce/resource_huaweicloud_cce_cluster_upgrade.go and docs/resources/cce_cluster_upgrade.md
#
# NOT CARRIED: applying this is not the same as submitting the plan (1):
#   - request: the provider builds its own UpgradeCluster body, not the reviewed text byte for byte (its SHA-256 differs), and none of the planner's submit checks run: no drift check against this file's snapshot, no check that this body hash was approved
#
# Read in the provider source, not confirmed against a live account:
#   - It creates an upgrade workflow for target_version and upgrades to the exact version the workflow answers.
#   - It runs its own pre-check first (skipping skipped_check_item_list) and fails if that check does not pass.
#   - is_snapshot and is_postcheck are left unset: no master snapshot before, no post-check after.
#   - region is the provider's: the plan file names none.
#   - scope is not an argument; CCE's default, "Cluster", is what the plan asks for.

resource "huaweicloud_cce_cluster_upgrade" "legacy-batch" {
  cluster_id      = "0b5e7d42-91ac-4f63-8e2d-7a6c13f09b84"
  current_version = "v1.25"
  target_version  = "v1.27"

  strategy {
    type = "inPlaceRollingUpdate"

    in_place_rolling_update {
      user_defined_step = 20
    }
  }
}
