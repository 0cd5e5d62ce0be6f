import { Button, Snackbar } from '@mui/material';
import { useState } from 'react';

export function CopyButton({ text }: { text: string }) {
  const [message, setMessage] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setMessage('Request JSON copied to the clipboard.');
    } catch (error) {
      setMessage(`Could not copy (${error instanceof Error ? error.message : String(error)}); select the text and copy it by hand.`);
    }
  };
  return (
    <>
      <Button variant="outlined" onClick={() => void copy()}>Copy JSON</Button>
      {/* At the bottom it would cover the wizard's Back and Next on a phone, where the action row ends the page. */}
      <Snackbar anchorOrigin={{ vertical: 'top', horizontal: 'center' }} open={message !== null} autoHideDuration={4000} onClose={() => setMessage(null)} message={message} />
    </>
  );
}
