import type { z } from 'zod/mini';

export interface FieldIssue {
  path: string;
  message: string;
}

/** Flattens a zod error into "dotted.path: message" pairs so every bad field is named. */
export function fieldIssues(error: z.core.$ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.length === 0 ? '(body)' : issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

export function describeIssues(issues: FieldIssue[]): string {
  return issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
}
