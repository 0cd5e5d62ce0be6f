import { Alert, FormControl, FormHelperText, FormLabel, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useController, useFormContext } from 'react-hook-form';
import type { Plan } from '../../../../shared/plan';
import { clusterQueries } from '../../../lib/cluster-queries';
import type { StepProps } from '../wizard-step';
import { narrowCells } from '../../../lib/table-styles';
import { ClusterRow } from './ClusterRow';
import { useT } from '../../../i18n/i18n';

export function ClusterStep({ projectId }: StepProps) {
  const t = useT();
  // Suspends (the wizard shows its loading state, without the step's buttons) until the list is read, so Next does
  // not appear and then jump below the table; a failed read reaches the wizard's QueryErrorBoundary.
  const clusters = useSuspenseQuery(clusterQueries.list(projectId));
  const { setValue } = useFormContext<Plan>();
  const { field, fieldState } = useController<Plan, 'clusterId'>({ name: 'clusterId' });

  if (clusters.data.items.length === 0) {
    return <Alert severity="info">{t('clusterStep.none')}</Alert>;
  }

  const select = (clusterId: string) => {
    if (clusterId === field.value) return;
    field.onChange(clusterId);
    // Target versions are offered per cluster; a version picked for another cluster must not carry over.
    setValue('targetVersion', '');
  };

  return (
    <FormControl component="fieldset" error={fieldState.invalid} fullWidth>
      <FormLabel component="legend" sx={{ mb: 1 }}>{t('clusterStep.legend')}</FormLabel>
      <TableContainer>
        <Table size="small" sx={narrowCells} aria-label={t('clusterStep.table')}>
          <TableHead>
            <TableRow>
              <TableCell padding="checkbox">{t('clusterStep.select')}</TableCell>
              <TableCell>{t('clusterStep.name')}</TableCell>
              <TableCell>{t('clusterStep.versionSize')}</TableCell>
              <TableCell>{t('clusterStep.status')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {clusters.data.items.map((cluster, index) => (
              <ClusterRow
                key={cluster.metadata.uid}
                projectId={projectId}
                cluster={cluster}
                checked={field.value === cluster.metadata.uid}
                onSelect={select}
                onBlur={field.onBlur}
                inputRef={index === 0 ? field.ref : undefined}
              />
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {fieldState.invalid && <FormHelperText>{t('clusterStep.required')}</FormHelperText>}
    </FormControl>
  );
}
