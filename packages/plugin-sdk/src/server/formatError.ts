import type { TRPCError } from "@trpc/server";
import type { DefaultErrorShape } from "@trpc/server/unstable-core-do-not-import";
import { ZodError } from "zod";
import type { RequestContext } from "./RequestContext";

export interface FieldError {
  /** Dotted path of the field in the input, e.g. "capacity" or "address.commune". */
  field: string;
  message: string;
}

export interface PcmtErrorData {
  code: string;
  httpStatus: number;
  path?: string;
  requestId?: string;
  fieldErrors?: FieldError[];
}

export const unexpectedErrorMessage = (requestId: string | undefined) =>
  `Đã xảy ra lỗi ngoài dự kiến. Vui lòng thử lại hoặc báo quản trị viên${requestId ? ` (mã yêu cầu: ${requestId})` : ""}.`;

/**
 * The single place where errors become what clients see: invalid input says what is wrong in words (its fields by
 * path in `fieldErrors`, for forms and programs, never in the message a person reads), an unexpected error
 * says only that it happened and which request it was (the details go to the log), and no stack ever leaves.
 */
export function formatError(opts: {
  shape: DefaultErrorShape;
  error: TRPCError;
  ctx: RequestContext | undefined;
  path: string | undefined;
}): { message: string; code: number; data: PcmtErrorData } {
  const { shape, error, ctx, path } = opts;
  const requestId = ctx?.requestId;
  const base = { code: shape.data.code, httpStatus: shape.data.httpStatus, path, requestId };

  if (error.cause instanceof ZodError) {
    const fieldErrors = error.cause.issues.map((issue) => ({
      field: issue.path.map(String).join(".") || "(dữ liệu)",
      message: issue.message,
    }));
    // The message is read by people: their words, never the input's field paths (those are in `fieldErrors`).
    const summary = [...new Set(fieldErrors.map((f) => f.message))].join("; ");
    return { message: `Dữ liệu không hợp lệ — ${summary}`, code: shape.code, data: { ...base, fieldErrors } };
  }
  if (error.code === "INTERNAL_SERVER_ERROR") {
    return { message: unexpectedErrorMessage(requestId), code: shape.code, data: base };
  }
  return { message: error.message, code: shape.code, data: base };
}
