import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Box, Button, Stack, TextField } from '@mui/material';
import { useEffect, useRef } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { reviewRevisionSchema, type ReviewRevision } from '../../../../shared/plans-api';
import { ErrorState } from '../../../components/ErrorState';
import { useReviewRevision } from '../api/plan-mutations';

const done = { approve: 'You approved revision', 'request-changes': 'You requested changes on revision' };
const capitalised = (text: string | undefined) => (text ? `${text[0]!.toUpperCase()}${text.slice(1)}.` : undefined);

/** Approve or send back the latest revision; a request for changes says what should change (the shared schema decides how much). */
export function ReviewForm({ planId, revision }: { planId: string; revision: number }) {
  const review = useReviewRevision(planId, revision);
  const form = useForm<ReviewRevision>({ resolver: zodResolver(reviewRevisionSchema), defaultValues: { verdict: 'approve', reason: '' } });
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (review.isSuccess) result.current?.focus();
  }, [review.isSuccess]);

  const send = (verdict: ReviewRevision['verdict']) => {
    form.setValue('verdict', verdict);
    void form.handleSubmit(({ reason }) => {
      const trimmed = reason?.trim();
      review.mutate(verdict === 'approve' ? { verdict, ...(trimmed ? { reason: trimmed } : {}) } : { verdict, reason: trimmed ?? '' }, {
        onSuccess: () => form.reset({ verdict: 'approve', reason: '' }),
      });
    })();
  };

  return (
    <Box component="form" noValidate aria-label="Review this revision" onSubmit={(event) => event.preventDefault()} sx={{ mt: 2 }}>
      <Stack spacing={2}>
        <Controller
          control={form.control}
          name="reason"
          render={({ field, fieldState }) => (
            <TextField
              {...field}
              value={field.value ?? ''}
              inputRef={field.ref}
              label="Reason"
              multiline
              minRows={2}
              error={fieldState.invalid}
              helperText={capitalised(fieldState.error?.message) ?? 'Optional for an approval; needed when you request changes.'}
            />
          )}
        />
        <Stack direction="row" spacing={2}>
          <Button variant="contained" color="success" disabled={review.isPending} onClick={() => send('approve')}>Approve</Button>
          <Button variant="outlined" color="warning" disabled={review.isPending} onClick={() => send('request-changes')}>Request changes</Button>
        </Stack>
        {review.isError && <ErrorState error={review.error} />}
        {review.isSuccess && (
          <Alert severity="success" role="status" ref={result} tabIndex={-1}>
            {done[review.data.verdict]} {review.data.revision}.
          </Alert>
        )}
      </Stack>
    </Box>
  );
}
