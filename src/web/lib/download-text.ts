/**
 * Hands text to the browser as a file download: a Blob behind an object URL, clicked through a temporary <a download>
 * (the one way a page can name the file it saves).
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  // Firefox follows only a link that is in the document.
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoked after the click's task: revoking at once can cancel the download before it starts.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
