/**
 * Saves a file the app made in the browser: a link to a blob: address with `download`, clicked.
 * Nothing leaves the reader's machine. The address is revoked once the browser has taken it.
 */
export function downloadBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download starts from the click; a later revoke leaves it time to read the blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function downloadText(text: string, filename: string, type: string) {
  downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), filename);
}
