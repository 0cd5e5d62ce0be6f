import { Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { revisionQueries } from '../api/revision-queries';
import { seededDraft, type Draft, type ReviseLink } from '../draft-storage';
import { useT } from '../../../i18n/i18n';

interface RevisionDraftProps {
  revise: ReviseLink;
  children: (draft: Draft) => ReactNode;
}

/** Reads a saved revision and turns it into the draft its next revision starts from. */
export function RevisionDraft({ revise, children }: RevisionDraftProps) {
  const t = useT();
  const query = useQuery(revisionQueries.detail(revise.planId, revise.revision));
  const revision = query.data;
  const draft = useMemo(() => (revision ? seededDraft(revision.plan, revision.acceptedRisks, revise) : null), [revision, revise]);
  if (draft) return children(draft);
  return (
    <>
      <Typography variant="h1" gutterBottom>{t('page.wizard')}</Typography>
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <LoadingState label={t('loading.revision', { revision: revise.revision })} />
      )}
    </>
  );
}
