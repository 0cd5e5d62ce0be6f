import { Alert, Box, Button, Stack, TextField } from '@mui/material';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { addCommentSchema, type CommentAnchor } from '../../../../shared/plans-api';
import { ErrorState } from '../../../components/ErrorState';
import { useAddComment } from '../api/plan-mutations';
import type { CommentSubject } from '../comment-subjects';
import { anchorKey } from '../plan-words';

/** A request from a row's Comment button: the `seq` makes pressing the same button twice focus the field again. */
export interface CommentRequest {
  anchor: CommentAnchor;
  seq: number;
}

interface CommentFormProps {
  planId: string;
  revision: number;
  subjects: readonly CommentSubject[];
  request: CommentRequest | null;
}

export function CommentForm({ planId, revision, subjects, request }: CommentFormProps) {
  const aboutId = useId();
  const comment = useAddComment(planId, revision);
  const [about, setAbout] = useState(subjects[0]!.key);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
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
      setError(parsed.error.issues[0]!.message);
      field.current?.focus();
      return;
    }
    setError(null);
    comment.mutate(parsed.data, { onSuccess: () => setText('') });
  };

  return (
    <Box component="form" noValidate aria-label="Add a comment" onSubmit={submit} sx={{ mt: 2 }}>
      <Stack spacing={2}>
        <Box>
          <label htmlFor={aboutId}>About </label>
          <select id={aboutId} value={about} onChange={(event) => setAbout(event.target.value)}>
            {subjects.map((subject) => <option key={subject.key} value={subject.key}>{subject.label}</option>)}
          </select>
        </Box>
        <TextField
          label="Comment"
          multiline
          minRows={2}
          value={text}
          onChange={(event) => setText(event.target.value)}
          inputRef={field}
          error={error !== null}
          helperText={error ? `${error[0]!.toUpperCase()}${error.slice(1)}.` : `Saved with revision ${revision}; anyone who may see the plan may comment.`}
        />
        <Box>
          <Button type="submit" variant="outlined" disabled={comment.isPending}>Add comment</Button>
        </Box>
        {comment.isError && <ErrorState error={comment.error} />}
        {comment.isSuccess && (
          <Alert severity="success" role="status" ref={result} tabIndex={-1}>Your comment was added.</Alert>
        )}
      </Stack>
    </Box>
  );
}
