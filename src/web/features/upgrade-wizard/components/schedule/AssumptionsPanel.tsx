import { ExpandIcon } from '../../../../components/ExpandIcon';
import { Accordion, AccordionDetails, AccordionSummary, Button, Stack, Typography } from '@mui/material';
import { durationAssumptionsSchema, type DurationAssumptions } from '../../../../../shared/duration-model';
import { formatMinutesRange } from '../../../../../shared/format-minutes';
import { DEFAULT_SETTINGS, type ScheduleSettings } from '../../schedule-settings';
import { RangeField } from './RangeField';
import { WindowFields } from './WindowFields';

type Editable = keyof ScheduleSettings['assumptions'];
const fields: readonly (readonly [Editable, string])[] = [
  ['controlPlane', 'Control plane (masters), once'],
  ['waveOverhead', 'Each wave of nodes, fixed part'],
  ['perNode', 'Each node in a wave, added'],
  ['perAddon', 'Each patched add-on, after the cluster'],
  ['postCheck', 'Post-upgrade check'],
];

interface AssumptionsPanelProps {
  settings: ScheduleSettings;
  onChange: (next: ScheduleSettings) => void;
  measured: DurationAssumptions['measuredWave'];
  poolName: (id: string) => string;
}

/** Every assumption of the estimate, visible and editable, with the maintenance window beside them. */
export function AssumptionsPanel({ settings, onChange, measured, poolName }: AssumptionsPanelProps) {
  const measuredPools = Object.entries(measured ?? {});
  return (
    <Stack spacing={2}>
      <WindowFields value={settings.window} onChange={(window) => onChange({ ...settings, window })} />
      <Accordion disableGutters variant="outlined">
        <AccordionSummary expandIcon={<ExpandIcon />}>
          <Typography>What the estimate assumes (minutes, editable)</Typography>
        </AccordionSummary>
        <AccordionDetails>
          <Stack spacing={2}>
            <Typography variant="body2">
              A wave of nodes takes its fixed part plus the added time for each node in it. Defaults come from published figures (see the README).
            </Typography>
            {fields.map(([key, label]) => (
              <RangeField
                key={key}
                label={label}
                value={settings.assumptions[key]}
                schema={durationAssumptionsSchema.shape[key]}
                onChange={(range) => onChange({ ...settings, assumptions: { ...settings.assumptions, [key]: range } })}
              />
            ))}
            {measuredPools.length > 0 && (
              <Typography variant="body2">
                Measured by this planner on earlier upgrades of this cluster, and used instead for their waves:{' '}
                {measuredPools.map(([id, range]) => `${poolName(id)} ${formatMinutesRange(range)} per wave`).join('; ')}.
              </Typography>
            )}
            <div>
              <Button onClick={() => onChange({ ...settings, assumptions: DEFAULT_SETTINGS.assumptions })}>Reset to the published defaults</Button>
            </div>
          </Stack>
        </AccordionDetails>
      </Accordion>
    </Stack>
  );
}
