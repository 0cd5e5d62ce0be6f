import { useCallback, useSyncExternalStore } from 'react';
import { z } from 'zod/mini';
import { DEFAULT_ASSUMPTIONS, durationAssumptionsSchema, type DurationAssumptions } from '../../../shared/duration-model';
import { maintenanceWindowSchema } from '../../../shared/maintenance-window';
import { readStored } from '../../lib/stored';

/** Where the estimate's assumptions and the maintenance window live: kept across reloads and tabs, per cluster. */
export const SCHEDULE_KEY = 'cce-upgrade-planner:schedule';

const settingsSchema = z.object({
  assumptions: z.omit(durationAssumptionsSchema, { measuredWave: true }),
  window: z.nullable(maintenanceWindowSchema),
});
export type ScheduleSettings = z.infer<typeof settingsSchema>;
// Each cluster's entry is checked on its own: one that an older build wrote must not take the others' windows with it.
const storedSchema = z.pipe(
  z.record(z.string(), z.unknown()),
  z.transform((all) =>
    Object.fromEntries(
      Object.entries(all).flatMap(([clusterId, entry]) => {
        const parsed = settingsSchema.safeParse(entry);
        return parsed.success ? [[clusterId, parsed.data] as const] : [];
      }),
    ),
  ),
);

const { measuredWave: _measured, ...defaultAssumptions } = DEFAULT_ASSUMPTIONS;
export const DEFAULT_SETTINGS: ScheduleSettings = { assumptions: defaultAssumptions, window: null };

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());
// Another tab's edit arrives as a storage event; this tab's own writes notify directly.
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
};

// useSyncExternalStore compares snapshots by identity: the raw text is stable, the parsed object is cached by it.
let cache: { raw: string | null; all: Record<string, ScheduleSettings> } = { raw: null, all: {} };
function readAll(): Record<string, ScheduleSettings> {
  const raw = localStorage.getItem(SCHEDULE_KEY);
  if (raw !== cache.raw) cache = { raw, all: readStored(localStorage, SCHEDULE_KEY, storedSchema) ?? {} };
  return cache.all;
}

/** The cluster's schedule settings and a setter that keeps only valid values; defaults until the user edits. */
export function useScheduleSettings(clusterId: string): [ScheduleSettings, (next: ScheduleSettings) => void] {
  const settings = useSyncExternalStore(subscribe, () => readAll()[clusterId] ?? DEFAULT_SETTINGS);
  const update = useCallback(
    (next: ScheduleSettings) => {
      const parsed = settingsSchema.safeParse(next);
      if (!parsed.success) return;
      localStorage.setItem(SCHEDULE_KEY, JSON.stringify({ ...readAll(), [clusterId]: parsed.data }));
      notify();
    },
    [clusterId],
  );
  return [settings, update];
}

/** The assumptions the estimate uses: the user's, with this planner's own measurements where it has them. */
export function effectiveAssumptions(settings: ScheduleSettings, measuredWave: DurationAssumptions['measuredWave']): DurationAssumptions {
  return measuredWave && Object.keys(measuredWave).length > 0 ? { ...settings.assumptions, measuredWave } : settings.assumptions;
}
