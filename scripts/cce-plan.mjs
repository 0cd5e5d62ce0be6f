#!/usr/bin/env node
// The `cce-plan` bin: TypeScript through tsx, so the CLI validates with the planner's own schemas and needs no build.
import { register } from 'tsx/esm/api';

register();
await import('./cce-plan/main.ts');
