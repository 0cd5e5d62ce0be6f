import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/**
 * zod/mini ships no messages of its own ("Invalid input" for every issue): each entry point (BFF, simulator, CLI, SPA)
 * imports this once, so an issue without a message of ours reads as zod's English ("Too big: expected number to be <=100").
 */
config(en());
