import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { type UploadName, uploadFile } from "./uploadFile";

/** A file upload as a mutation, with how much of the file has been sent (0–1; null when nothing is being sent). */
export function useFileUpload<Name extends UploadName>(name: Name) {
  const [sent, setSent] = useState<number | null>(null);
  const mutation = useMutation({
    mutationFn: ({ fields, file }: { fields: Record<string, string | null | undefined>; file: File }) => {
      setSent(0);
      return uploadFile(name, fields, file, setSent);
    },
    onSettled: () => setSent(null),
  });
  return Object.assign(mutation, { sent });
}
