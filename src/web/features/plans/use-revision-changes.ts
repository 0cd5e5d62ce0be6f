import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Revision } from '../../../shared/plans-api';
import { planQueries } from './api/plan-queries';
import { diffLines } from './line-diff';
import { revisionChanges } from '../../../shared/revision-diff';

/** What changed from an earlier revision to this one: as data (worded where shown), and line by line in the request text. */
export function useRevisionChanges(after: Revision, beforeNumber: number) {
  const before = useQuery(planQueries.revision(after.planId, beforeNumber));
  const changes = useMemo(() => (before.data ? revisionChanges(before.data, after) : []), [before.data, after]);
  const lines = useMemo(() => (before.data ? diffLines(before.data.request, after.request) : []), [before.data, after]);
  return { before, changes, lines };
}
