import { onTestFinished, vi } from 'vitest';

export interface Download {
  name: string;
  text: () => Promise<string>;
}

/**
 * Catches file downloads (a Blob behind an object URL, clicked through an <a download>): jsdom has no object URLs and
 * cannot navigate, so URL.createObjectURL is stubbed and the anchor's click recorded instead of followed.
 */
export function captureDownloads(): Download[] {
  const blobs = new Map<string, Blob>();
  const downloads: Download[] = [];
  const create = vi.fn((blob: Blob) => {
    const url = `blob:planner/${blobs.size + 1}`;
    blobs.set(url, blob);
    return url;
  });
  Object.defineProperty(URL, 'createObjectURL', { value: create, configurable: true, writable: true });
  Object.defineProperty(URL, 'revokeObjectURL', { value: vi.fn(), configurable: true, writable: true });
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.getAttribute('href') ?? '');
    if (blob) downloads.push({ name: this.download, text: () => blob.text() });
  });
  onTestFinished(() => {
    click.mockRestore();
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });
  return downloads;
}
