import { Alert, Box, Button, Stack, TextField } from '@mui/material';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { addCommentSchema, type CommentAnchor } from '../../../../shared/plans-api';
import { ErrorState } from '../../../components/ErrorState';
import { useAddComment } from '../api/plan-mutations';
import type { CommentSubject } from '../comment-subjects';
import { useT } from '../../../i18n/parts/plans';
import { anchorKey, describeAnchor } from '../plan-words';
import { schemaIssue } from '../../../lib/schema-issue';
import { asSentence } from '../../../lib/word-lists';

/** A request from a row's Comment button: the `seq` makes pressing the same button twice focus the field again. */
export interface CommentRequest {
  anchor: CommentAnchor;
  seq: number;
}

interface CommentFormProps {
  planId: string;
  revision: number;
  subjects: readonly CommentSubject[];
  poolNames: Readonly<Record<string, string>>;
  request: CommentRequest | null;
}

export function CommentForm({ planId, revision, subjects, poolNames, request }: CommentFormProps) {
  const t = useT();
  const aboutId = useId();
  const comment = useAddComment(planId, revision);
  const [about, setAbout] = useState(subjects[0]!.key);
  const [text, setText] = useState('');
  // Whether an add was refused: from then on the shared schema's finding on the text typed is shown, worded at render.
  const [refused, setRefused] = useState(false);
  const issue = refused ? schemaIssue(addCommentSchema.shape.text, text) : undefined;
  const field = useRef<HTMLTextAreaElement>(null);
  const result = useRef<HTMLDivElement>(null);

  // A row's Comment button picks the subject here and hands the keyboard to the text.
  const [seenRequest, setSeenRequest] = useState(request);
  if (request !== seenRequest) {
    setSeenRequest(request);
    if (request) setAbout(anchorKey(request.anchor));
  }
  useEffect(() => {
    if (request) field.current?.focus();
  }, [request]);
  useEffect(() => {
    if (comment.isSuccess) result.current?.focus();
  }, [comment.isSuccess]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const subject = subjects.find((candidate) => candidate.key === about) ?? subjects[0]!;
    const parsed = addCommentSchema.safeParse({ anchor: subject.anchor, text });
    if (!parsed.success) {
      setRefused(true);
      field.current?.focus();
      return;
    }
    setRefused(false);
    comment.mutate(parsed.data, { onSuccess: () => setText('') });
  };

  return (
    <Box component="form" noValidate aria-label={t('plans.comment.form')} onSubmit={submit} sx={{ mt: 2 }}>
      <Stack spacing={2}>
        <Box>
          <label htmlFor={aboutId}>{t('plans.comment.about')} </label>
          <select id={aboutId} value={about} onChange={(event) => setAbout(event.target.value)}>
            {subjects.map((subject) => <option key={subject.key} value={subject.key}>{describeAnchor(subject.anchor, poolNames, { standalone: true })}</option>)}
          </select>
        </Box>
        <TextField
          label={t('plans.comment.label')}
          multiline
          minRows={2}
          value={text}
          onChange={(event) => setText(event.target.value)}
          inputRef={field}
          error={issue !== undefined}
          helperText={issue ? asSentence(issue.message) : t('plans.comment.help', { revision })}
        />
        <Box>
          <Button type="submit" variant="outlined" disabled={comment.isPending}>{t('plans.comment.add')}</Button>
        </Box>
        {comment.isError && <ErrorState error={comment.error} />}
        {comment.isSuccess && (
          <Alert severity="success" role="status" ref={result} tabIndex={-1}>{t('plans.comment.added')}</Alert>
        )}
      </Stack>
    </Box>
  );
}
