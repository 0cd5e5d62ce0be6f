import { ExpandIcon } from '../../../../components/ExpandIcon';
import { Accordion, AccordionDetails, AccordionSummary, Button, Stack, Typography } from '@mui/material';
import { durationAssumptionsSchema, type DurationAssumptions } from '../../../../../shared/duration-model';
import { useT } from '../../../../i18n/parts/schedule';
import { formatMinutesRange } from '../../../../lib/format-duration';
import { DEFAULT_SETTINGS, type ScheduleSettings } from '../../schedule-settings';
import { RangeField } from './RangeField';
import { joinClauses } from '../../../../lib/word-lists';
import { WindowFields } from './WindowFields';

type Editable = keyof ScheduleSettings['assumptions'];
const fields = [
  ['controlPlane', 'schedule.assumptions.controlPlane'],
  ['waveOverhead', 'schedule.assumptions.waveOverhead'],
  ['perNode', 'schedule.assumptions.perNode'],
  ['perAddon', 'schedule.assumptions.perAddon'],
  ['postCheck', 'schedule.assumptions.postCheck'],
] as const satisfies readonly (readonly [Editable, string])[];

interface AssumptionsPanelProps {
  settings: ScheduleSettings;
  onChange: (next: ScheduleSettings) => void;
  measured: DurationAssumptions['measuredWave'];
  poolName: (id: string) => string;
}

/** Every assumption of the estimate, visible and editable, with the maintenance window beside them. */
export function AssumptionsPanel({ settings, onChange, measured, poolName }: AssumptionsPanelProps) {
  const t = useT();
  const measuredPools = Object.entries(measured ?? {});
  return (
    <Stack spacing={2}>
      <WindowFields value={settings.window} onChange={(window) => onChange({ ...settings, window })} />
      <Accordion disableGutters variant="outlined">
        <AccordionSummary expandIcon={<ExpandIcon />}>
          <Typography>{t('schedule.assumptions.heading')}</Typography>
        </AccordionSummary>
        <AccordionDetails>
          <Stack spacing={2}>
            <Typography variant="body2">{t('schedule.assumptions.explain')}</Typography>
            {fields.map(([key, label]) => (
              <RangeField
                key={key}
                label={t(label)}
                value={settings.assumptions[key]}
                schema={durationAssumptionsSchema.shape[key]}
                onChange={(range) => onChange({ ...settings, assumptions: { ...settings.assumptions, [key]: range } })}
              />
            ))}
            {measuredPools.length > 0 && (
              <Typography variant="body2">
                {t('schedule.assumptions.measured', {
                  pools: joinClauses(measuredPools.map(([id, range]) => t('schedule.assumptions.measuredPool', { pool: poolName(id), range: formatMinutesRange(range) }))),
                })}
              </Typography>
            )}
            <div>
              <Button onClick={() => onChange({ ...settings, assumptions: DEFAULT_SETTINGS.assumptions })}>{t('schedule.assumptions.reset')}</Button>
            </div>
          </Stack>
        </AccordionDetails>
      </Accordion>
    </Stack>
  );
}
