import { Alert } from '@mui/material';
import { Trans } from '../../../../i18n/parts/wizard';

/**
 * Advice beside the input it concerns. Not role "alert": lints change as the user types and must not
 * interrupt; the word "Warning" carries the severity without relying on colour.
 */
export function LintNote({ children }: { children: string }) {
  return (
    <Alert severity="warning" role="note" sx={{ py: 0 }}>
      <Trans id="wizard.lint.note" values={{ lint: children }} components={{ 0: <strong /> }} />
    </Alert>
  );
}
