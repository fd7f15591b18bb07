import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

/** timestamptz: read as Date, written as Date or ISO string, defaulted by the database. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface UsersTable {
  id: Generated<string>;
  /** Lower-case sign-in name. */
  username: string;
  display_name: string;
  /** scrypt hash in PHC-like form; never selected outside the sign-in code. */
  password_hash: string;
  role: "agency_officer" | "standing_office" | "steering_committee" | "admin";
  agency_code: string | null;
  province_code: string | null;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SessionsTable {
  /** SHA-256 of the token held in the cookie: a stolen database does not yield usable sessions. */
  id: string;
  user_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Date | string;
}

export interface SignInThrottleTable {
  /** What the failed attempts were counted for: "user:<lower-case username>" or "ip:<address>". */
  subject: string;
  failures: number;
  last_failure_at: Date | string;
  blocked_until: Date | string | null;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Timestamp;
  actor_user_id: string | null;
  request_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: unknown | null;
  after: unknown | null;
}

export interface CoreDatabase {
  users: UsersTable;
  sessions: SessionsTable;
  sign_in_throttle: SignInThrottleTable;
  audit_log: AuditLogTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
