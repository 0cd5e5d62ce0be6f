import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Box, Button, Stack, TextField } from '@mui/material';
import { useEffect, useRef } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { reviewRevisionSchema, type ReviewRevision } from '../../../../shared/plans-api';
import { ErrorState } from '../../../components/ErrorState';
import { useT } from '../../../i18n/parts/plans';
import { schemaIssue } from '../../../lib/schema-issue';
import { asSentence } from '../../../lib/word-lists';
import { useReviewRevision } from '../api/plan-mutations';

/** Approve or send back the latest revision; a request for changes says what should change (the shared schema decides how much). */
export function ReviewForm({ planId, revision }: { planId: string; revision: number }) {
  const t = useT();
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
    <Box component="form" noValidate aria-label={t('plans.review.form')} onSubmit={(event) => event.preventDefault()} sx={{ mt: 2 }}>
      <Stack spacing={2}>
        <Controller
          control={form.control}
          name="reason"
          render={({ field, fieldState }) => {
            // The shared schema's own words on the reason, for the verdict asked for (see schemaIssue).
            const values = { verdict: form.getValues('verdict'), reason: field.value };
            const issue = fieldState.invalid ? schemaIssue(reviewRevisionSchema, values, ['reason']) : undefined;
            return (
            <TextField
              {...field}
              value={field.value ?? ''}
              inputRef={field.ref}
              label={t('plans.review.reason')}
              multiline
              minRows={2}
              error={issue !== undefined}
              helperText={issue ? asSentence(issue.message) : t('plans.review.reasonHelp')}
            />
            );
          }}
        />
        <Stack direction="row" spacing={2}>
          <Button variant="contained" color="success" disabled={review.isPending} onClick={() => send('approve')}>{t('plans.review.approve')}</Button>
          <Button variant="outlined" color="warning" disabled={review.isPending} onClick={() => send('request-changes')}>{t('plans.review.requestChanges')}</Button>
        </Stack>
        {review.isError && <ErrorState error={review.error} />}
        {review.isSuccess && (
          <Alert severity="success" role="status" ref={result} tabIndex={-1}>
            {t('plans.review.done', { verdict: review.data.verdict, revision: review.data.revision })}
          </Alert>
        )}
      </Stack>
    </Box>
  );
}
