import { inspect } from 'node:util';
import pino from 'pino';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Credentials } from './credentials';

const SK = 'sk-must-not-appear-anywhere-0123456789';

describe('Credentials', () => {
  const credentials = new Credentials('AKIDEXAMPLE0000', SK);

  it('hands the secret only to whoever asks for it by name', () => {
    expect(credentials.secret()).toBe(SK);
  });

  it('prints as [redacted] through JSON, inspect, string conversion and the logger', () => {
    const lines: string[] = [];
    const logger = pino(new Writable({ write: (chunk, _e, done) => (lines.push(String(chunk)), done()) }));
    logger.info({ config: { credentials }, credentials }, `using ${credentials}`);
    const printed = [JSON.stringify({ credentials }), inspect({ credentials }, { depth: 5 }), String(credentials), ...lines].join('\n');
    expect(printed).not.toContain(SK);
    expect(printed).toContain('[redacted]');
  });
});
