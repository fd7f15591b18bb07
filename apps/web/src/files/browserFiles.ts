/** A chosen file's bytes as base64, the way files travel inside tRPC calls. */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(",")[1] ?? "");
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

function saveBlob(fileName: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  Object.assign(document.createElement("a"), { href: url, download: fileName }).click();
  URL.revokeObjectURL(url);
}

/** Saves a file the server sent as base64. */
export function downloadBase64(fileName: string, base64: string, mimeType: string) {
  saveBlob(fileName, new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: mimeType }));
}

/** Saves data as a pretty-printed JSON file. */
export function downloadJson(fileName: string, data: unknown) {
  saveBlob(fileName, new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
}

/** Saves text as a file (UTF-8; a BOM in front lets Excel show Vietnamese accents in a CSV). */
export function downloadText(fileName: string, text: string, mimeType: string) {
  saveBlob(fileName, new Blob([text], { type: mimeType }));
}
