import type { FileUploadResults } from "@pcmt/api";
import { UploadError } from "@pcmt/ui";

export type UploadName = keyof FileUploadResults;

/**
 * Sends a file to `POST /api/files/<name>` as a form (the fields first, then the file), reporting how much has been
 * sent; answers the upload's result, or throws UploadError with the server's message or, when the server could not be
 * reached, `networkMessage` — by default none: `describeError` then shows its own, in the reader's language.
 */
export function uploadFile<Name extends UploadName>(
  name: Name,
  fields: Record<string, string | null | undefined>,
  file: File,
  onProgress?: (sentFraction: number) => void,
  networkMessage = "",
): Promise<FileUploadResults[Name]> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) if (value) form.append(key, value);
  form.append("file", file, file.name);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", `/api/files/${name}`);
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      const body = request.response as { error?: string; requestId?: string } | null;
      if (request.status >= 200 && request.status < 300) resolve(body as FileUploadResults[Name]);
      else reject(new UploadError(body?.error ?? networkMessage, request.status, body?.requestId ?? null));
    };
    request.onerror = () => reject(new UploadError(networkMessage, 0, null));
    request.send(form);
  });
}
