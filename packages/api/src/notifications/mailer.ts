import nodemailer from "nodemailer";

/** Sends one message; throws when the mail server refuses it. */
export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
  /** Where mail goes ("smtp://mail.example.vn:587"), without credentials: for logs and /healthz. */
  readonly describe: string;
  close(): void;
}

/**
 * SMTP through nodemailer, from a URL ("smtp://user:pass@host:587", "smtps://…" for TLS). The credentials stay in
 * the transport: `describe` shows the host only.
 */
export function createSmtpMailer(options: { url: string; from: string }): Mailer {
  const url = new URL(options.url);
  const transport = nodemailer.createTransport(options.url);
  return {
    describe: `${url.protocol}//${url.hostname}${url.port ? `:${url.port}` : ""}`,
    async send(message) {
      await transport.sendMail({ from: options.from, to: message.to, subject: message.subject, text: message.text });
    },
    close: () => transport.close(),
  };
}
