import { open, type FileHandle } from 'node:fs/promises';

const NEWLINE = 0x0a;
const CHUNK = 64 * 1024;

/** The length of the file up to and including its last newline: 0 when it has none. Reads backwards, a chunk at a time. */
async function wholeLinesLength(handle: FileHandle, size: number): Promise<number> {
  const chunk = Buffer.alloc(CHUNK);
  for (let end = size; end > 0; ) {
    const start = Math.max(0, end - CHUNK);
    const { bytesRead } = await handle.read(chunk, 0, end - start, start);
    const at = chunk.subarray(0, bytesRead).lastIndexOf(NEWLINE);
    if (at >= 0) return start + at + 1;
    end = start;
  }
  return 0;
}

/**
 * Cuts a torn last line (a write that a crash or a full disk stopped halfway) off a JSON Lines file, so the next line
 * starts on a line of its own instead of being glued to the fragment. Answers how many bytes were dropped.
 */
export async function cutTornTail(path: string): Promise<number> {
  const handle = await open(path, 'r+');
  try {
    const { size } = await handle.stat();
    const keep = await wholeLinesLength(handle, size);
    if (keep < size) {
      await handle.truncate(keep);
      await handle.datasync();
    }
    return size - keep;
  } finally {
    await handle.close();
  }
}
