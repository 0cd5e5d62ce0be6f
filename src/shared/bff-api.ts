import { z } from 'zod';
import { projectIdSchema } from './ids';

/** GET /api/session: what the SPA needs to know about the BFF it talks to. */
export const sessionSchema = z.object({
  mode: z.enum(['demo', 'real']),
  region: z.string(),
  projectId: projectIdSchema,
});
export type Session = z.infer<typeof sessionSchema>;

/** The one error shape the BFF answers with, whatever went wrong upstream or locally. */
export const bffErrorSchema = z.object({
  status: z.number().int(),
  code: z.string(),
  message: z.string(),
  requestId: z.string().optional(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type BffError = z.infer<typeof bffErrorSchema>;
