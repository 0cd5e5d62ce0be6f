import { Button, Snackbar } from '@mui/material';
import { useState } from 'react';
import { useT } from '../../../i18n/parts/review';

export function CopyButton({ text }: { text: string }) {
  const t = useT();
  const [message, setMessage] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setMessage(t('review.copy.done'));
    } catch (error) {
      setMessage(t('review.copy.failed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  };
  return (
    <>
      <Button variant="outlined" onClick={() => void copy()}>{t('review.copy.button')}</Button>
      {/* At the bottom it would cover the wizard's Back and Next on a phone, where the action row ends the page. */}
      <Snackbar anchorOrigin={{ vertical: 'top', horizontal: 'center' }} open={message !== null} autoHideDuration={4000} onClose={() => setMessage(null)} message={message} />
    </>
  );
}
