import { Stack, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { useCheckPlanFile } from '../../api/check-plan-file';
import { seededDraft, storeDraft } from '../../draft-storage';
import { PlanFileError } from './PlanFileError';
import { PlanFilePicker } from './PlanFilePicker';
import { PlanFileReport } from './PlanFileReport';
import { readPlanFileFrom, type PlanFileReading } from './read-plan-file';
import { PageHeading } from '../../../../components/PageHeading';
import { useT } from '../../../../i18n/parts/plan-import';

/**
 * Opens a `*.cce-plan.json`: read and parsed here, checked by the BFF against itself and the live cluster, then handed
 * to the wizard as a draft on its review step. A bad file changes nothing but the message: another can be picked at once.
 */
export function PlanImportPage({ onOpened }: { onOpened: () => void }) {
  const t = useT();
  const [picked, setPicked] = useState<{ name: string; reading: PlanFileReading } | null>(null);
  const check = useCheckPlanFile();
  // A slow read of an earlier file must not overwrite the answer for the file picked after it.
  const latest = useRef(0);

  const onFile = async (file: File) => {
    const seq = ++latest.current;
    check.reset();
    const reading = await readPlanFileFrom(file);
    if (seq !== latest.current) return;
    setPicked({ name: file.name, reading });
    if (reading.ok) check.mutate(reading.file);
  };

  const file = picked?.reading.ok ? picked.reading.file : null;
  const open = () => {
    if (!file) return;
    // A new plan, not a revision of the saved one it may name: that plan may live in another planner, or have moved on.
    storeDraft(seededDraft(file.plan, file.acceptedRisks, null));
    onOpened();
  };

  return (
    <Stack spacing={3}>
      <PageHeading>{t('page.planImport')}</PageHeading>
      <Typography>{t('plan-import.intro')}</Typography>
      <PlanFilePicker onFile={(picked) => void onFile(picked)} />
      {picked && !picked.reading.ok && <PlanFileError name={picked.name} reading={picked.reading} />}
      {file && check.isPending && <LoadingState label={t('plan-import.checking', { name: picked!.name })} />}
      {file && check.isError && <ErrorState error={check.error} onRetry={() => check.mutate(file)} />}
      {file && check.data && check.variables === file && <PlanFileReport file={file} check={check.data} onOpen={open} />}
    </Stack>
  );
}
