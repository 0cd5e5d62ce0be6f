import { Box, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, FormControlLabel, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { hcloudExport } from '../../../../shared/export-hcloud';
import { terraformExport } from '../../../../shared/export-terraform';
import type { PlanFile } from '../../../../shared/plan-file';
import { ErrorState } from '../../../components/ErrorState';
import { downloadText } from '../../../lib/download-text';
import { planFileName } from '../../../lib/plan-files';
import { sessionQueries } from '../../../lib/session-queries';
import { useFetchPlanFile } from '../api/plan-file';

/** What an export writes, and what the person must read first: what it cannot carry, or could not confirm. */
interface Export {
  title: string;
  fileName: string;
  text: string;
  type: string;
  heading: string;
  caveats: string[];
}

const baseName = (file: PlanFile) => planFileName(file).replace(/\.cce-plan\.json$/, '');

function terraform(file: PlanFile): Export {
  const { hcl, losses } = terraformExport(file);
  return {
    title: 'Export as Terraform',
    fileName: `${baseName(file)}.tf`,
    text: hcl,
    type: 'text/plain',
    heading: 'Terraform cannot carry all of this plan; the file’s header says the same:',
    caveats: losses.map((loss) => `${loss.field}: ${loss.detail}`),
  };
}

function hcloud(file: PlanFile, region: string, projectId: string): Export {
  const { script, unconfirmed } = hcloudExport(file, { region, projectId });
  return {
    title: 'Export as hcloud (KooCLI) commands',
    fileName: `${baseName(file)}.sh`,
    text: script,
    type: 'text/x-shellscript',
    heading: 'Not confirmed from KooCLI’s documentation (marked UNCONFIRMED in the script): check with hcloud CCE --help first.',
    caveats: unconfirmed,
  };
}

/**
 * Terraform HCL and a KooCLI script of the revision, each behind a dialog that lists what it cannot carry or could not
 * confirm: an export is never silently lossy, and the person downloads only after saying they read it.
 */
export function PlanExports({ planId, revision }: { planId: string; revision: number }) {
  const fetchFile = useFetchPlanFile(planId, revision);
  const session = useQuery(sessionQueries.current());
  const [shown, setShown] = useState<Export | null>(null);
  const [read, setRead] = useState(false);
  const titleId = useId();
  const where = session.data && 'projectId' in session.data ? session.data : undefined;

  const open = (make: (file: PlanFile) => Export) =>
    fetchFile.mutate(undefined, {
      onSuccess: (file) => {
        setRead(false);
        setShown(make(file));
      },
    });
  const close = () => setShown(null);

  return (
    <Box>
      <Stack direction="row" spacing={2} sx={{ mt: 1, flexWrap: 'wrap' }}>
        <Button variant="outlined" disabled={fetchFile.isPending} onClick={() => open(terraform)}>Terraform (HCL)…</Button>
        <Button variant="outlined" disabled={fetchFile.isPending || !where} onClick={() => where && open((file) => hcloud(file, where.region, where.projectId))}>
          hcloud script…
        </Button>
      </Stack>
      {fetchFile.isError && <ErrorState error={fetchFile.error} onRetry={() => fetchFile.reset()} />}
      <Dialog open={shown !== null} onClose={close} aria-labelledby={titleId} maxWidth="md" fullWidth>
        {shown && (
          <>
            <DialogTitle id={titleId}>{shown.title}</DialogTitle>
            <DialogContent>
              {shown.caveats.length > 0 && (
                <>
                  <DialogContentText>{shown.heading}</DialogContentText>
                  <Box component="ul" aria-label="What this export does not carry or confirm" sx={{ pl: 3 }}>
                    {shown.caveats.map((caveat) => <li key={caveat}>{caveat}</li>)}
                  </Box>
                  <FormControlLabel control={<Checkbox checked={read} onChange={(event) => setRead(event.target.checked)} />} label="I have read what this export leaves out" />
                </>
              )}
              <Typography variant="body2" color="text.secondary">{shown.fileName}</Typography>
            </DialogContent>
            <DialogActions>
              <Button onClick={close}>Cancel</Button>
              <Button
                variant="contained"
                disabled={shown.caveats.length > 0 && !read}
                onClick={() => {
                  downloadText(shown.fileName, shown.text, shown.type);
                  close();
                }}
              >
                Download {shown.fileName.endsWith('.tf') ? 'HCL' : 'script'}
              </Button>
            </DialogActions>
          </>
        )}
      </Dialog>
    </Box>
  );
}
