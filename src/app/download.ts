/** Saves a file to the device through the browser's own download, without any network request. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  // Some browsers start the download after click() returns; release the file a moment later.
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** A case reference made safe for a file name, keeping letters, digits and dashes. */
export const fileNamePart = (text: string) => text.replace(/[^\w-]+/g, '_').slice(0, 60) || 'record';
