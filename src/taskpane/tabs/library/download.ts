// Offer data as a file download (the export of the user's own clause layer; the preview's edited document).

/** Returns false when the webview cannot make downloads (no object URLs). */
export function downloadBlob(fileName: string, blob: Blob): boolean {
  if (typeof URL.createObjectURL !== "function") return false;
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return true;
}

export function downloadJson(fileName: string, text: string): boolean {
  return downloadBlob(fileName, new Blob([text], { type: "application/json" }));
}
