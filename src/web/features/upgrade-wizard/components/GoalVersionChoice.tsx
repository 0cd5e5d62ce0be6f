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
import { Trans, useT } from '../../../i18n/parts/wizard';

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
  const t = useT();
  const { field, fieldState } = useController<Plan, 'targetVersion'>({ name: 'targetVersion' });
  const { state, update } = useSafeSubmitState();
  const paths = useQuery(upgradePathsQuery(projectId));
  const routes = useMemo(() => upgradeRoutes(release, targets, paths.data?.upgradePaths ?? []), [release, targets, paths.data]);

  if (paths.isPending) return <LoadingState label={t('wizard.goal.loadingPaths')} />;
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
        <ErrorState error={paths.error} onRetry={() => void paths.refetch()} retryLabel={t('wizard.goal.retryPaths')} />
      )}
      <RadioChoiceGroup
        name={field.name}
        legend={t('wizard.goal.legend')}
        value={chosen?.goal ?? ''}
        onChange={choose}
        onBlur={field.onBlur}
        inputRef={field.ref}
        options={routes.map((route) => ({
          value: route.goal,
          label: route.goal,
          description: hops(route) === 1 ? t('wizard.goal.direct') : t('wizard.goal.hops', { hops: hops(route), path: route.path.join(' → ') }),
        }))}
        error={fieldState.error ? t('wizard.goal.required') : undefined}
      />
      {chosen && hops(chosen) > 1 && (
        <Alert severity="info" role="note">
          <AlertTitle>{t('wizard.goal.route.title', { goal: chosen.goal, hops: hops(chosen), path: chosen.path.join(' → ') })}</AlertTitle>
          <Typography variant="body2">
            <Trans
              id="wizard.goal.route.body"
              values={{ first: chosen.path[1], rest: chosen.path.slice(1).join(' → ') }}
              components={{ 0: <strong /> }}
            />
          </Typography>
        </Alert>
      )}
    </Stack>
  );
}
