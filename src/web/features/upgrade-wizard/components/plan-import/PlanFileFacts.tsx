import type { PlanFile } from '../../../../../shared/plan-file';
import { FactList } from '../../../../components/FactList';
import { Sha256 } from '../../../../components/Sha256';
import { translate, useT } from '../../../../i18n/parts/plan-import';
import { formatTime } from '../../../../lib/format-time';
import { commaList } from '../../../../lib/word-lists';

function savedWords(saved: NonNullable<PlanFile['saved']>): string {
  const approvals = saved.approvals.map((approval) => translate('plan-import.facts.approval', { name: approval.reviewer.name, time: formatTime(approval.at) }));
  return translate('plan-import.facts.savedRevision', { count: approvals.length, revision: saved.revision, author: saved.author.name, approvers: commaList(approvals) });
}

/** What the file says it is, before anyone trusts it: which cluster, which upgrade, which text, from when, approved by whom. */
export function PlanFileFacts({ file }: { file: PlanFile }) {
  const t = useT();
  return (
    <FactList
      label={t('plan-import.facts.label')}
      facts={[
        [t('plan-import.facts.cluster'), file.cluster.name],
        [t('plan-import.facts.upgrade'), `${file.fromVersion} → ${file.targetVersion}`],
        [t('plan-import.facts.sha256'), <Sha256 key="body" label={t('plan-import.facts.sha256')} value={file.bodySha256} />],
        [t('plan-import.facts.exported'), formatTime(file.exportedAt)],
        [t('plan-import.facts.saved'), file.saved ? savedWords(file.saved) : t('plan-import.facts.notSaved')],
      ]}
    />
  );
}
