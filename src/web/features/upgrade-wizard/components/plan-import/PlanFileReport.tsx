import { Alert, AlertTitle, Box, Button, Typography } from '@mui/material';
import type { PlanFile, PlanFileCheck } from '../../../../../shared/plan-file';
import { formatTime } from '../../../../lib/format-time';
import { PlanFileFacts } from './PlanFileFacts';

function Listed({ label, items }: { label: string; items: readonly { message: string; path?: string }[] }) {
  return (
    <Box component="ul" aria-label={label} sx={{ my: 1, pl: 3 }}>
      {items.map((item, index) => (
        <li key={index}>
          {item.path && <><code>{item.path}</code>: </>}
          {item.message}
        </li>
      ))}
    </Box>
  );
}

interface PlanFileReportProps {
  file: PlanFile;
  check: PlanFileCheck;
  onOpen: () => void;
}

/** The file's facts and the BFF's check of it, then the one way on: open its plan in the wizard for review. */
export function PlanFileReport({ file, check, onOpen }: PlanFileReportProps) {
  const drifted = check.drift.length > 0;
  return (
    <Box component="section" aria-labelledby="plan-file-heading">
      <Typography variant="h2" id="plan-file-heading" gutterBottom>Plan for {file.cluster.name}</Typography>
      <PlanFileFacts file={file} />
      {check.problems.length > 0 && (
        <Alert severity="error" sx={{ mt: 2 }}>
          <AlertTitle component="h3">This file is not consistent</AlertTitle>
          <Typography variant="body2">
            It was changed after the planner wrote it, or written by something else. Opening it uses its plan and makes the
            request text from that plan again, so read the review step before you save or submit anything.
          </Typography>
          <Listed label="What is inconsistent in the file" items={check.problems} />
        </Alert>
      )}
      {drifted ? (
        <Alert severity="warning" sx={{ mt: 2 }}>
          <AlertTitle component="h3">The cluster changed since this plan was made</AlertTitle>
          <Listed label="What changed in the cluster" items={check.drift} />
          <Typography variant="body2">
            The plan will be re-checked against the cluster as it is now: the wizard opens it on the review step, where the
            wave preview and the pre-upgrade check use today’s nodes, pools and add-ons.
          </Typography>
        </Alert>
      ) : (
        <Alert severity="success" sx={{ mt: 2 }}>
          <AlertTitle component="h3">The cluster is as it was when this plan was made</AlertTitle>
        </Alert>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>Checked {formatTime(check.checkedAt)}.</Typography>
      <Typography sx={{ mt: 2 }}>
        The wizard opens on its review step with this plan and its accepted risks. The pre-upgrade check is not carried over:
        run it again before you submit. It opens as a new plan, replacing any plan you were drafting in this tab.
      </Typography>
      <Button variant="contained" sx={{ mt: 2 }} onClick={onOpen}>
        {drifted ? 'Re-plan from this file' : 'Open for review'}
      </Button>
    </Box>
  );
}
