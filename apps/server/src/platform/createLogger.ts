import pino, { type DestinationStream, type Logger } from "pino";

/**
 * Structured JSON logs. Secrets never leave: cookies, authorization headers, passwords and session tokens are
 * redacted wherever they appear in a logged object.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "pcmt" },
      redact: {
        paths: [
          "req.headers.cookie",
          "req.headers.authorization",
          'res.headers["set-cookie"]',
          "password",
          "*.password",
          "token",
          "*.token",
          "input.password",
        ],
        censor: "[redacted]",
      },
    },
    destination,
  );
}
