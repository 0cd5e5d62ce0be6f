import { Button, Card, CardContent, FormControlLabel, Stack, Switch, TextField, Typography } from '@mui/material';
import { useId } from 'react';
import { useFocusAfterChange } from '../../../../lib/use-focus-after-change';
import { translate, useT } from '../../../../i18n/parts/addons';
import type { AddonAssessment } from '../../../../../shared/addon-compat';
import type { AddonInstance } from '../../../../../shared/cce-responses';
import { useBlockNext } from '../../step-guard';
import { AddonStatusChip } from './AddonStatusChip';
import { CompatibilityNote } from './CompatibilityNote';
import { useAddonPatches } from './use-addon-patches';
import { ValuesSection } from './ValuesSection';
import { saveValuesText } from './values-text-storage';

interface AddonCardProps {
  clusterId: string;
  targetVersion: string;
  instance: AddonInstance;
  assessment: AddonAssessment;
  /** What CCE does with the add-on if the plan leaves it unpatched, in words. */
  unpatched: string | undefined;
}

const NO_VALUES = {};

/** A version to patch to, with what sets it apart: not stable, or the installed one (a patch then changes values only). */
function optionText(version: string, unstable: boolean, installed: boolean): string {
  if (unstable && installed) return translate('addons.card.optionUnstableInstalled', { version });
  if (unstable) return translate('addons.card.optionUnstable', { version });
  if (installed) return translate('addons.card.optionInstalled', { version });
  return version;
}

/** The card's "Patch <name>" switch, where focus goes when a button that patched the add-on goes away. */
export const addonSwitchKey = (name: string) => `addon-switch:${name}`;

export function AddonCard({ clusterId, targetVersion, instance, assessment, unpatched }: AddonCardProps) {
  const t = useT();
  const { name, currentVersion, options, proposal } = assessment;
  const titleId = useId();
  const patches = useAddonPatches();
  const { container, focusAfterChange } = useFocusAfterChange<HTMLElement>();
  const patch = patches.patchOf(name);
  const current = instance.spec.values ?? NO_VALUES;
  const offered = patch === undefined || options.some((option) => option.version === patch.version);

  useBlockNext(`addon-version:${name}`, offered ? null : t('addons.card.blocked', { name, version: patch?.version, target: targetVersion }));

  const switchInput = { 'data-focus-key': addonSwitchKey(name) };
  const enable = (version: string) => patches.start(clusterId, instance, version);
  // "Patch to …" goes once pressed: focus stays on this card, with the switch that now says it is patched (and undoes it).
  const patchToProposal = (version: string) => {
    focusAfterChange(addonSwitchKey(name));
    enable(version);
  };
  const toggle = (on: boolean) => {
    if (on && proposal) enable(proposal);
    if (!on) {
      patches.disable(name);
      saveValuesText(clusterId, name, undefined);
    }
  };

  return (
    <Card component="section" variant="outlined" aria-labelledby={titleId} ref={container}>
      <CardContent>
        <Stack spacing={1.5}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="h6" component="h3" id={titleId}>{name}</Typography>
            <AddonStatusChip status={instance.status?.status} />
            <Typography variant="body2" color="text.secondary">{t('addons.card.installed', { version: currentVersion })}</Typography>
          </Stack>
          <CompatibilityNote
            assessment={assessment}
            targetVersion={targetVersion}
            patchedTo={patch && offered ? patch.version : undefined}
            unpatched={unpatched}
            action={
              assessment.current === 'unsupported' && proposal && patch?.version !== proposal ? (
                <Button color="inherit" size="small" onClick={() => patchToProposal(proposal)}>{t('addons.card.patchToProposal', { proposal })}</Button>
              ) : undefined
            }
          />
          <FormControlLabel
            control={
              <Switch
                checked={patch !== undefined}
                onChange={(event) => toggle(event.target.checked)}
                disabled={options.length === 0 && patch === undefined}
                slotProps={{ input: switchInput }}
              />
            }
            label={t('addons.card.switch', { name })}
          />
          {patch && (
            <>
              <TextField
                select
                label={t('addons.card.version', { name })}
                value={patch.version}
                onChange={(event) => patches.update(name, { version: event.target.value })}
                slotProps={{ select: { native: true } }}
                error={!offered}
                helperText={
                  offered
                    ? t('addons.card.versionHelp', { target: targetVersion, current: currentVersion })
                    : t('addons.card.versionUnsupported', { version: patch.version, target: targetVersion })
                }
                sx={{ maxWidth: 420 }}
              >
                {!offered && <option value={patch.version} disabled>{t('addons.card.optionUnsupported', { version: patch.version, target: targetVersion })}</option>}
                {options.map((option) => (
                  <option key={option.version} value={option.version}>
                    {optionText(option.version, option.stable === false, option.version === currentVersion)}
                  </option>
                ))}
              </TextField>
              <ValuesSection
                clusterId={clusterId}
                addon={name}
                current={current}
                planned={patch.values ?? current}
                onCommit={(values) => patches.update(name, { values })}
              />
            </>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
