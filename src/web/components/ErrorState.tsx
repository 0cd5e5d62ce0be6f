import { Alert, AlertTitle, Box, Button, Typography } from '@mui/material';
import { describeError } from '../lib/describe-error';
import { useT } from '../i18n/i18n';

interface ErrorStateProps {
  error: unknown;
  /** Offered as a Retry button when the failed action can simply be repeated. */
  onRetry?: () => void;
  retryLabel?: string;
}

export function ErrorState({ error, onRetry, retryLabel }: ErrorStateProps) {
  const t = useT();
  const { title, detail, nextStep, issues, requestId } = describeError(error);
  return (
    <Alert
      severity="error"
      action={onRetry ? <Button color="inherit" size="small" onClick={onRetry}>{retryLabel ?? t('error.retry')}</Button> : undefined}
    >
      <AlertTitle>{title}</AlertTitle>
      <Typography variant="body2">{detail}</Typography>
      {issues.length > 0 && (
        <Box component="ul" aria-label={t('error.problems')} sx={{ my: 1, pl: 2 }}>
          {issues.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              <Box component="code" sx={{ fontWeight: 'bold' }}>{issue.path}</Box>: {issue.message}
            </li>
          ))}
        </Box>
      )}
      <Typography variant="body2" sx={{ mt: 1 }}>{nextStep}</Typography>
      {requestId && <Typography variant="caption" component="p">{t('error.requestId', { requestId })}</Typography>}
    </Alert>
  );
}
