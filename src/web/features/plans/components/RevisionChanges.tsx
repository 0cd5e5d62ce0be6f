import { Box, Typography } from '@mui/material';
import { useId, useState } from 'react';
import type { Revision } from '../../../../shared/plans-api';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { useT } from '../../../i18n/parts/plans';
import type { RevisionChange } from '../../../../shared/revision-diff';
import { describeRevisionChange } from '../revision-change-words';
import { useRevisionChanges } from '../use-revision-changes';
import { JsonDiff } from './JsonDiff';
import { PlanSection } from './PlanSection';

/** The changes in words, each worded by its kind from the catalogue. */
export function ChangeList({ changes }: { changes: readonly RevisionChange[] }) {
  const t = useT();
  if (changes.length === 0) return <Typography>{t('plans.changes.none')}</Typography>;
  const lines = changes.map(describeRevisionChange);
  return (
    <Box component="ul" aria-label={t('plans.changes.list')} sx={{ my: 0, pl: 3 }}>
      {lines.map((line, index) => <li key={`${index}:${line}`}>{line}</li>)}
    </Box>
  );
}

function Comparison({ revision, base }: { revision: Revision; base: number }) {
  const t = useT();
  const { before, changes, lines } = useRevisionChanges(revision, base);
  if (before.isPending) return <LoadingState label={t('plans.loadingRevision', { revision: base })} />;
  if (before.isError) return <ErrorState error={before.error} onRetry={() => void before.refetch()} />;
  return (
    <>
      <ChangeList changes={changes} />
      <Typography variant="h3" sx={{ mt: 2, mb: 1 }}>{t('plans.changes.jsonHeading', { before: base, after: revision.revision })}</Typography>
      <JsonDiff lines={lines} label={t('plans.changes.json', { before: base, after: revision.revision })} />
    </>
  );
}

/** What a reviewer needs when a plan comes back: what changed since the revision they last saw (the previous one by default). */
export function RevisionChanges({ revision }: { revision: Revision }) {
  const t = useT();
  const selectId = useId();
  const [base, setBase] = useState(revision.revision - 1);
  const earlier = Array.from({ length: revision.revision - 1 }, (_, index) => revision.revision - 1 - index);
  return (
    <PlanSection title={t('plans.changes.heading', { revision: base })}>
      {earlier.length > 1 && (
        <Box sx={{ mb: 2 }}>
          <label htmlFor={selectId}>{t('plans.changes.compare')} </label>
          <select id={selectId} value={base} onChange={(event) => setBase(Number(event.target.value))}>
            {earlier.map((n) => <option key={n} value={n}>{n}</option>)}
          </select>
        </Box>
      )}
      <Comparison revision={revision} base={base} />
    </PlanSection>
  );
}
