import { Box, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, FormControlLabel, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { hcloudExport } from '../../../../shared/export-hcloud';
import { terraformExport, type TerraformLoss } from '../../../../shared/export-terraform';
import type { PlanFile } from '../../../../shared/plan-file';
import { ErrorState } from '../../../components/ErrorState';
import { downloadText } from '../../../lib/download-text';
import { planFileName } from '../../../lib/plan-files';
import { sessionQueries } from '../../../lib/session-queries';
import { translate, useT } from '../../../i18n/parts/plans';
import { useFetchPlanFile } from '../api/plan-file';

/** What an export writes, and what the person must read first: what it cannot carry, or could not confirm. */
interface Export {
  kind: 'terraform' | 'hcloud';
  fileName: string;
  text: string;
  type: string;
  /** Worded when shown, so they follow the language. */
  caveats: () => string[];
}

const baseName = (file: PlanFile) => planFileName(file).replace(/\.cce-plan\.json$/, '');

/**
 * A Terraform loss in words, by its kind (the `detail` English stays the HCL comment's). Add-on values are lost in
 * several ways the kind does not tell apart, so their detail is quoted.
 */
function describeLoss(loss: TerraformLoss, file: PlanFile): string {
  const { field } = loss;
  switch (loss.kind) {
    case 'submit-checks':
      return translate('plans.export.loss.submitChecks', { field });
    case 'pre-check':
      return translate('plans.export.loss.preCheck', { field, taskId: file.preCheck?.taskId ?? '', phase: file.preCheck?.phase ?? '' });
    case 'risk-reason': {
      // The field is the plan file's own path, acceptedRisks[i].reason, written by the export.
      const risk = file.acceptedRisks[Number(/^acceptedRisks\[(\d+)\]/.exec(field)?.[1])];
      return translate('plans.export.loss.riskReason', {
        field,
        name: JSON.stringify(risk?.name ?? ''),
        nodes: risk?.nodeUids?.length ?? 0,
        reason: JSON.stringify(risk?.reason ?? ''),
      });
    }
    case 'unicode-text':
      return translate('plans.export.loss.unicodeText', { field });
    case 'scope':
      return translate('plans.export.loss.scope', { field });
    case 'empty-batches':
      return translate('plans.export.loss.emptyBatches', { field });
    case 'addon-value':
      return translate('plans.export.loss.addonValue', { field, detail: loss.detail });
  }
}

function terraform(file: PlanFile): Export {
  const { hcl, losses } = terraformExport(file);
  return { kind: 'terraform', fileName: `${baseName(file)}.tf`, text: hcl, type: 'text/plain', caveats: () => losses.map((loss) => describeLoss(loss, file)) };
}

function hcloud(file: PlanFile, region: string, projectId: string): Export {
  const { script, unconfirmed } = hcloudExport(file, { region, projectId });
  // Each claim quotes KooCLI's syntax and Huawei's pages, as the script's comments do: kept in their words.
  return { kind: 'hcloud', fileName: `${baseName(file)}.sh`, text: script, type: 'text/x-shellscript', caveats: () => unconfirmed };
}

/**
 * Terraform HCL and a KooCLI script of the revision, each behind a dialog that lists what it cannot carry or could not
 * confirm: an export is never silently lossy, and the person downloads only after saying they read it.
 */
export function PlanExports({ planId, revision }: { planId: string; revision: number }) {
  const t = useT();
  const fetchFile = useFetchPlanFile(planId, revision);
  const session = useQuery(sessionQueries.current());
  const [shown, setShown] = useState<Export | null>(null);
  const [read, setRead] = useState(false);
  const titleId = useId();
  const caveats = shown?.caveats() ?? [];
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
        <Button variant="outlined" disabled={fetchFile.isPending} onClick={() => open(terraform)}>{t('plans.export.terraformButton')}</Button>
        <Button variant="outlined" disabled={fetchFile.isPending || !where} onClick={() => where && open((file) => hcloud(file, where.region, where.projectId))}>
          {t('plans.export.hcloudButton')}
        </Button>
      </Stack>
      {fetchFile.isError && <ErrorState error={fetchFile.error} onRetry={() => fetchFile.reset()} />}
      <Dialog open={shown !== null} onClose={close} aria-labelledby={titleId} maxWidth="md" fullWidth>
        {shown && (
          <>
            <DialogTitle id={titleId}>{t('plans.export.title', { kind: shown.kind })}</DialogTitle>
            <DialogContent>
              {caveats.length > 0 && (
                <>
                  <DialogContentText>{t('plans.export.caveatsHeading', { kind: shown.kind })}</DialogContentText>
                  <Box component="ul" aria-label={t('plans.export.caveats')} sx={{ pl: 3 }}>
                    {caveats.map((caveat) => <li key={caveat}>{caveat}</li>)}
                  </Box>
                  <FormControlLabel control={<Checkbox checked={read} onChange={(event) => setRead(event.target.checked)} />} label={t('plans.export.read')} />
                </>
              )}
              <Typography variant="body2" color="text.secondary">{shown.fileName}</Typography>
            </DialogContent>
            <DialogActions>
              <Button onClick={close}>{t('plans.cancel')}</Button>
              <Button
                variant="contained"
                disabled={caveats.length > 0 && !read}
                onClick={() => {
                  downloadText(shown.fileName, shown.text, shown.type);
                  close();
                }}
              >
                {t('plans.export.download', { kind: shown.kind })}
              </Button>
            </DialogActions>
          </>
        )}
      </Dialog>
    </Box>
  );
}
