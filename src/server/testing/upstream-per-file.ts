import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startRecordingUpstream } from './recording-upstream';
import { upgradeAccepted } from './submit-client';

export type RecordingUpstream = Awaited<ReturnType<typeof startRecordingUpstream>>;

/**
 * Registers the hooks for one recording upstream per test file, started once (a listen per test would only cost time)
 * and reset before every test, so no test sees another's requests or answers: nothing received, every call answered
 * as an accepted upgrade until the test says otherwise. Returns the upstream, once the file's tests have started.
 */
export function recordingUpstreamPerFile(): () => RecordingUpstream {
  let upstream: RecordingUpstream | undefined;
  const started = (): RecordingUpstream => {
    if (!upstream) throw new Error('The recording upstream starts in beforeAll: use it inside a hook or a test.');
    return upstream;
  };
  beforeAll(async () => {
    upstream = await startRecordingUpstream();
  });
  afterAll(() => upstream?.close());
  beforeEach(() => {
    started().received.length = 0;
    started().respondWith(() => upgradeAccepted());
  });
  return started;
}
