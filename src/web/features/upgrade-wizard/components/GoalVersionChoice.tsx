import { Alert, AlertTitle, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useController } from 'react-hook-form';
import type { Plan } from '../../../../shared/plan';
import { upgradeRoutes, type UpgradeRoute } from '../../../../shared/upgrade-path';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { RadioChoiceGroup } from '../../../components/RadioChoiceGroup';
import { upgradePathsQuery } from '../api/pre-check-queries';
import { useSafeSubmitState } from '../safe-submit-state';

interface GoalVersionChoiceProps {
  projectId: string;
  /** The running release, e.g. v1.25.16. */
  release: string;
  /** What CCE offers this cluster as the next upgrade (upgradeinfo). */
  targets: string[];
}

const hops = (route: UpgradeRoute) => route.path.length - 1;

/**
 * Every version the cluster can reach. The plan targets the next hop toward the chosen one; the chosen version is kept
 * with the draft so the user sees where the route leads.
 */
export function GoalVersionChoice({ projectId, release, targets }: GoalVersionChoiceProps) {
  const { field, fieldState } = useController<Plan, 'targetVersion'>({ name: 'targetVersion' });
  const { state, update } = useSafeSubmitState();
  const paths = useQuery(upgradePathsQuery(projectId));
  const routes = useMemo(() => upgradeRoutes(release, targets, paths.data?.upgradePaths ?? []), [release, targets, paths.data]);

  if (paths.isPending) return <LoadingState label="Loading CCE’s upgrade paths" />;
  // The goal only counts while the plan still targets its first hop (another cluster or a reset clears the target).
  const chosen =
    routes.find((route) => route.goal === state.goalVersion && route.path[1] === field.value) ?? routes.find((route) => route.goal === field.value);
  const choose = (goal: string) => {
    const route = routes.find((candidate) => candidate.goal === goal);
    if (!route) return;
    update({ goalVersion: goal });
    field.onChange(route.path[1]);
  };

  return (
    <Stack spacing={2}>
      {paths.isError && (
        <ErrorState error={paths.error} onRetry={() => void paths.refetch()} retryLabel="Load upgrade paths again" />
      )}
      <RadioChoiceGroup
        name={field.name}
        legend="Target version"
        value={chosen?.goal ?? ''}
        onChange={choose}
        onBlur={field.onBlur}
        inputRef={field.ref}
        options={routes.map((route) => ({
          value: route.goal,
          label: route.goal,
          description: hops(route) === 1 ? 'Direct upgrade' : `${hops(route)} upgrades: ${route.path.join(' → ')}`,
        }))}
        error={fieldState.error ? 'Choose a target version to continue.' : undefined}
      />
      {chosen && hops(chosen) > 1 && (
        <Alert severity="info" role="note">
          <AlertTitle>{chosen.goal} takes {hops(chosen)} upgrades: {chosen.path.join(' → ')}</AlertTitle>
          <Typography variant="body2">
            CCE upgrades a cluster one hop at a time, so this plan upgrades to <strong>{chosen.path[1]}</strong> first. When that
            upgrade has finished, plan the next one: {chosen.path.slice(1).join(' → ')}.
          </Typography>
        </Alert>
      )}
    </Stack>
  );
}
