import { Alert, AlertTitle } from '@mui/material';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useT } from '../../i18n/i18n';

/**
 * Some of a step's state never reaches the plan (JSON being typed, a removal awaiting confirmation), so the plan's
 * schema cannot hold Next back for it. A step names such a reason here; the wizard refuses to leave while any is set.
 */
interface StepGuard {
  block: (id: string, reason: string | null) => void;
}

const StepGuardContext = createContext<StepGuard | null>(null);

export function useStepGuards() {
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [refused, setRefused] = useState(false);
  const block = useCallback((id: string, reason: string | null) => {
    setReasons(({ [id]: _previous, ...others }) => (reason === null ? others : { ...others, [id]: reason }));
  }, []);
  const guard = useMemo(() => ({ block }), [block]);
  const blocking = Object.values(reasons);
  return {
    guard,
    blocking,
    refused: refused && blocking.length > 0,
    /** True when the step may be left; otherwise the reasons are shown. */
    allowLeave: () => {
      setRefused(blocking.length > 0);
      return blocking.length === 0;
    },
    forget: () => setRefused(false),
  };
}

export function StepGuardProvider({ guard, children }: { guard: StepGuard; children: ReactNode }) {
  return <StepGuardContext.Provider value={guard}>{children}</StepGuardContext.Provider>;
}

/** Holds Next back with this reason while it is not null. */
export function useBlockNext(id: string, reason: string | null): void {
  const guard = useContext(StepGuardContext);
  useEffect(() => {
    guard?.block(id, reason);
    return () => guard?.block(id, null);
  }, [guard, id, reason]);
}

export function StepGuardAlert({ reasons }: { reasons: string[] }) {
  const t = useT();
  return (
    <Alert severity="error" role="alert" sx={{ mt: 3 }}>
      <AlertTitle>{t('wizard.stepNotFinished')}</AlertTitle>
      {reasons.map((reason) => (
        <div key={reason}>{reason}</div>
      ))}
    </Alert>
  );
}
