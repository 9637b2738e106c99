/** Saves a file the dashboard made (an export) through the browser's download, under its name. */
export function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the download has had its turn to start.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
