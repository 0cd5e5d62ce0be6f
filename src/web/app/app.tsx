import { Alert, AppBar, Container, Toolbar, Typography } from '@mui/material';
import { lazy, Suspense, useEffect, useState } from 'react';
import { LoadingState } from '../components/LoadingState';
import { PageHeading } from '../components/PageHeading';
import { RouterLink } from '../components/RouterLink';
import { SessionGate } from '../features/session/components/SessionGate';
import { pollIntervalFor } from '../features/upgrade-task/api/task-queries';
import { SignedInUser } from '../features/session/components/SignedInUser';
import { UpgradeWizard } from '../features/upgrade-wizard/components/UpgradeWizard';
import type { SubmitNotice } from '../features/upgrade-wizard/use-submit-flow';
import { planEditPath, planRevisionPath, plansPath } from '../features/plans/plan-paths';
import { navigate, usePathname } from '../lib/router';
import { routeFor, taskPath } from './routes';
import { type MessageId, useT } from '../i18n/i18n';
import { LanguageSwitch } from './LanguageSwitch';

// Each page loads its own code: planning never needs the task view's, and a reloaded task page never needs the wizard's steps.
const TaskView = lazy(() => import('../features/upgrade-task/components/TaskView').then((module) => ({ default: module.TaskView })));
// A cluster's task history is looked up now and then, never while planning.
const UpgradeHistoryPage = lazy(() =>
  import('../features/upgrade-task/components/UpgradeHistoryPage').then((module) => ({ default: module.UpgradeHistoryPage })),
);
// Reviewers open plans without planning: the plan pages load only when visited.
const PlansPage = lazy(() => import('../features/plans/components/PlansPage').then((module) => ({ default: module.PlansPage })));
const PlanPage = lazy(() => import('../features/plans/components/PlanPage').then((module) => ({ default: module.PlanPage })));
// Opening a plan file is rare: its page loads only when visited.
const PlanImportPage = lazy(() =>
  import('../features/upgrade-wizard/components/plan-import/PlanImportPage').then((module) => ({ default: module.PlanImportPage })),
);

const NOTICES: Record<SubmitNotice, MessageId> = { replayed: 'submit.notice.replayed', found: 'submit.notice.found' };

const titles = {
  wizard: 'page.wizard',
  task: 'page.task',
  cluster: 'page.cluster',
  plans: 'page.plans',
  'plan-import': 'page.planImport',
  plan: 'page.plan',
  'plan-edit': 'page.planEdit',
  'not-found': 'page.notFound',
} as const satisfies Record<ReturnType<typeof routeFor>['page'], MessageId>;

export function App() {
  const t = useT();
  const route = routeFor(usePathname());
  // What the wizard wants said on the task page it opens (e.g. that the plan had already been submitted).
  const [notice, setNotice] = useState<{ taskId: string; kind: SubmitNotice } | null>(null);
  useEffect(() => {
    document.title = t('app.documentTitle', { page: t(titles[route.page]) });
  }, [route.page, t]);

  return (
    <>
      <AppBar position="static" color="primary" elevation={0}>
        <Toolbar>
          <RouterLink href="/" color="inherit" underline="hover" variant="h6">{t('app.title')}</RouterLink>
          <RouterLink href={plansPath} color="inherit" underline="hover" sx={{ ml: 3 }} aria-current={route.page === 'plans' ? 'page' : undefined}>
            {t('nav.plans')}
          </RouterLink>
          <SignedInUser />
          <LanguageSwitch />
        </Toolbar>
      </AppBar>
      <Container component="main" maxWidth="md" sx={{ py: 4 }}>
        <SessionGate>
          {(session) => {
            switch (route.page) {
              case 'wizard':
                return (
                  <UpgradeWizard
                    projectId={session.projectId}
                    onSubmitted={(clusterId, taskId, kind) => {
                      setNotice(kind ? { taskId, kind } : null);
                      navigate(taskPath(clusterId, taskId));
                    }}
                    onSaved={(planId, revision) => navigate(planRevisionPath(planId, revision))}
                  />
                );
              case 'task':
                return (
                  <>
                    {notice?.taskId === route.taskId && <Alert severity="info" role="status" sx={{ mb: 3 }}>{t(NOTICES[notice.kind])}</Alert>}
                    <Suspense fallback={<LoadingState label={t('loading.task')} />}>
                      <TaskView
                        key={route.taskId}
                        projectId={session.projectId}
                        clusterId={route.clusterId}
                        taskId={route.taskId}
                        pollMs={pollIntervalFor(session.mode)}
                      />
                    </Suspense>
                  </>
                );
              case 'cluster':
                return (
                  <Suspense fallback={<LoadingState label={t('loading.history')} />}>
                    <UpgradeHistoryPage
                      key={route.clusterId}
                      projectId={session.projectId}
                      clusterId={route.clusterId}
                      pollMs={pollIntervalFor(session.mode)}
                    />
                  </Suspense>
                );
              case 'plans':
                return (
                  <Suspense fallback={<LoadingState label={t('loading.plans')} />}>
                    <PlansPage />
                  </Suspense>
                );
              case 'plan-import':
                return (
                  <Suspense fallback={<LoadingState label={t('loading.planImport')} />}>
                    <PlanImportPage onOpened={() => navigate('/')} />
                  </Suspense>
                );
              case 'plan':
                return (
                  <Suspense fallback={<LoadingState label={t('loading.plan')} />}>
                    <PlanPage
                      key={route.planId}
                      planId={route.planId}
                      {...(route.revision === undefined ? {} : { revision: route.revision })}
                      onSubmitted={(clusterId, taskId) => navigate(taskPath(clusterId, taskId))}
                    />
                  </Suspense>
                );
              case 'plan-edit':
                return (
                  <UpgradeWizard
                    key={`${route.planId}:${route.revision}`}
                    projectId={session.projectId}
                    onSubmitted={(clusterId, taskId) => navigate(taskPath(clusterId, taskId))}
                    revise={{ planId: route.planId, revision: route.revision }}
                    basePath={planEditPath(route.planId, route.revision)}
                    onSaved={(planId, revision) => navigate(planRevisionPath(planId, revision))}
                  />
                );
              case 'not-found':
                return (
                  <>
                    <PageHeading gutterBottom>{t('page.notFound')}</PageHeading>
                    <Typography>
                      {t('notFound.body')} <RouterLink href="/">{t('page.wizard')}</RouterLink>
                    </Typography>
                  </>
                );
            }
          }}
        </SessionGate>
      </Container>
    </>
  );
}
