import { TRPCClientError } from "@trpc/client";

export interface DescribedError {
  message: string;
  /** Per-field messages from the server's validation, keyed by field path. */
  fieldErrors: Record<string, string>;
  code: string | null;
  requestId: string | null;
}

interface ServerErrorData {
  code?: string;
  requestId?: string;
  fieldErrors?: { field: string; message: string }[];
}

/** A file the server refused (`POST /api/files/…`): its HTTP status and the server's message (empty: the server was not reached). */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly requestId: string | null,
  ) {
    super(message);
    this.name = "UploadError";
  }
}

/** Turns whatever a call threw into what a person can read; never a stack trace. */
export function describeError(error: unknown, networkMessage: string): DescribedError {
  if (error instanceof TRPCClientError) {
    const data = (error.data ?? {}) as ServerErrorData;
    if (!data.code) return { message: networkMessage, fieldErrors: {}, code: null, requestId: null };
    const fieldErrors = Object.fromEntries((data.fieldErrors ?? []).map((f) => [f.field, f.message]));
    return { message: error.message, fieldErrors, code: data.code, requestId: data.requestId ?? null };
  }
  if (error instanceof UploadError)
    return {
      message: error.message || networkMessage,
      fieldErrors: {},
      code: String(error.status),
      requestId: error.requestId,
    };
  return { message: networkMessage, fieldErrors: {}, code: null, requestId: null };
}
