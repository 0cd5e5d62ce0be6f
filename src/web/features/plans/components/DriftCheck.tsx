import { Button, Typography } from '@mui/material';
import { useEffect, useRef } from 'react';
import { ErrorState } from '../../../components/ErrorState';
import { useCheckDrift } from '../api/plan-mutations';
import { useT } from '../../../i18n/parts/plans';
import { formatTime } from '../plan-words';
import { DriftList } from './DriftList';
import { PlanSection } from './PlanSection';

/** Compares the saved snapshot with the cluster now, so a reviewer knows whether what they approve still holds. */
export function DriftCheck({ planId, revision }: { planId: string; revision: number }) {
  const t = useT();
  const drift = useCheckDrift(planId, revision);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (drift.data) heading.current?.focus();
  }, [drift.data]);
  return (
    <PlanSection title={t('plans.drift.heading')}>
      <Typography>{t('plans.drift.explain')}</Typography>
      <Button variant="outlined" sx={{ mt: 1 }} disabled={drift.isPending} onClick={() => drift.mutate()}>
        {drift.isPending ? t('plans.drift.checking') : t('plans.drift.check')}
      </Button>
      {drift.isError && <ErrorState error={drift.error} onRetry={() => drift.mutate()} />}
      {drift.data && (
        <>
          <DriftList
            ref={heading}
            heading={drift.data.drift.length === 0 ? t('plans.drift.unchanged') : t('plans.drift.changed')}
            items={drift.data.drift}
          />
          <Typography variant="body2" color="text.secondary">{t('plans.drift.checkedAt', { at: formatTime(drift.data.checkedAt) })}</Typography>
        </>
      )}
    </PlanSection>
  );
}
