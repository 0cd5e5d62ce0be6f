import type { PlanFile } from '../../../../../shared/plan-file';
import { FactList } from '../../../../components/FactList';
import { Sha256 } from '../../../../components/Sha256';
import { formatTime } from '../../../../lib/format-time';

function savedWords(saved: NonNullable<PlanFile['saved']>): string {
  const approvals = saved.approvals.map((approval) => `${approval.reviewer.name} (${formatTime(approval.at)})`);
  return `Revision ${saved.revision} of a saved plan, by ${saved.author.name}; ${approvals.length === 0 ? 'not approved' : `approved by ${approvals.join(', ')}`}`;
}

/** What the file says it is, before anyone trusts it: which cluster, which upgrade, which text, from when, approved by whom. */
export function PlanFileFacts({ file }: { file: PlanFile }) {
  return (
    <FactList
      label="About this plan file"
      facts={[
        ['Cluster', file.cluster.name],
        ['Upgrade', `${file.fromVersion} → ${file.targetVersion}`],
        ['Request SHA-256', <Sha256 key="body" label="Request SHA-256" value={file.bodySha256} />],
        ['Exported', formatTime(file.exportedAt)],
        ['Saved', file.saved ? savedWords(file.saved) : 'No: exported from the wizard before it was saved for review'],
      ]}
    />
  );
}
