import { Alert, AppBar, Container, Toolbar, Typography } from '@mui/material';
import { lazy, Suspense, useEffect, useState } from 'react';
import { LoadingState } from '../components/LoadingState';
import { RouterLink } from '../components/RouterLink';
import { SessionGate } from '../features/session/components/SessionGate';
import { pollIntervalFor } from '../features/upgrade-task/api/task-queries';
import { SignedInUser } from '../features/session/components/SignedInUser';
import { UpgradeWizard } from '../features/upgrade-wizard/components/UpgradeWizard';
import { navigate, usePathname } from '../lib/router';
import { routeFor, taskPath } from './routes';

// Each page loads its own code: planning never needs the task view's, and a reloaded task page never needs the wizard's steps.
const TaskView = lazy(() => import('../features/upgrade-task/components/TaskView').then((module) => ({ default: module.TaskView })));

const titles = { wizard: 'Plan a cluster upgrade', task: 'Upgrade task', 'not-found': 'Page not found' } as const;

export function App() {
  const route = routeFor(usePathname());
  // What the wizard wants said on the task page it opens (e.g. that the plan had already been submitted).
  const [notice, setNotice] = useState<{ taskId: string; text: string } | null>(null);
  useEffect(() => {
    document.title = `${titles[route.page]} — CCE Upgrade Planner`;
  }, [route.page]);

  return (
    <>
      <AppBar position="static" color="primary" elevation={0}>
        <Toolbar>
          <RouterLink href="/" color="inherit" underline="hover" variant="h6">CCE Upgrade Planner</RouterLink>
          <SignedInUser />
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
                    onSubmitted={(clusterId, taskId, text) => {
                      setNotice(text ? { taskId, text } : null);
                      navigate(taskPath(clusterId, taskId));
                    }}
                    onSaved={(planId, revision) => navigate(`/plans/${encodeURIComponent(planId)}/revisions/${revision}`)}
                  />
                );
              case 'task':
                return (
                  <>
                    {notice?.taskId === route.taskId && <Alert severity="info" role="status" sx={{ mb: 3 }}>{notice.text}</Alert>}
                    <Suspense fallback={<LoadingState label="Loading the upgrade task" />}>
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
              case 'not-found':
                return (
                  <>
                    <Typography variant="h1" gutterBottom>Page not found</Typography>
                    <Typography>
                      There is nothing at this address. <RouterLink href="/">Plan a cluster upgrade</RouterLink>
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
