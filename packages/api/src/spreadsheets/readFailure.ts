import { SpreadsheetTooLargeError, UnreadableSpreadsheetError } from "./sheetLimits";

/** What to tell the sender when a file could not be read: its limit or its format; anything else is the server's. */
export function readFailure(error: unknown): string {
  if (error instanceof SpreadsheetTooLargeError || error instanceof UnreadableSpreadsheetError) return error.message;
  throw error;
}
