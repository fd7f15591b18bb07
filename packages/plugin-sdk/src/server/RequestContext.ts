import type { CoreDatabase, Kysely } from "@pcmt/db";
import type { Actor } from "@pcmt/domain";

/** What the core hands every procedure, core or plugin. Plugins never import the core: they get this. */
export interface RequestContext {
  db: Kysely<CoreDatabase>;
  /** The signed-in user, or null before sign-in. */
  actor: Actor | null;
  /** Correlates a request's log lines with the id shown to the user in an error message. */
  requestId: string;
  log: Logger;
  /** Plugins enabled in this process (PCMT_PLUGINS). */
  enabledPlugins: ReadonlySet<string>;
  /** The session cookie of this request, set and cleared by the auth procedures. */
  session: SessionCookie;
  /** Client address, for slowing down repeated failed sign-ins. */
  clientIp: string;
  /** The browser that sent the request (User-Agent), kept with a new session so its user can recognise it. */
  userAgent?: string | null;
  /**
   * The signed-in user's password was set by an administrator: until they choose their own, only the procedures
   * that say `duringPasswordChange` (and public ones) may be called.
   */
  mustChangePassword?: boolean;
}

export interface SessionCookie {
  token: string | null;
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

type LogFn = (object: Record<string, unknown>, message?: string) => void;

/** The structured logger procedures get (pino's shape): always an object of context first, then a message. */
export interface Logger {
  error: LogFn;
  warn: LogFn;
  info: LogFn;
  debug: LogFn;
  child(bindings: Record<string, unknown>): Logger;
}
