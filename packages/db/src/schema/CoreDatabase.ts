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
  /** Set when an administrator sets the password: the user must choose their own at the next sign-in. */
  must_change_password: Generated<boolean>;
  password_changed_at: Date | string | null;
  last_signed_in_at: Date | string | null;
  /** Why an administrator locked the account (null when active). */
  locked_reason: string | null;
  /** Where notifications are e-mailed (null: in-app only). */
  email: string | null;
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
  /** Where the session was opened, shown to its user in their list of sessions. */
  client_ip: string | null;
  user_agent: string | null;
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

type Json = ColumnType<unknown, string | null, string | null>;

export interface CoreDatabase {
  users: UsersTable;
  sessions: SessionsTable;
  sign_in_throttle: SignInThrottleTable;
  audit_log: AuditLogTable;
  agencies: { code: string; name_vi: string; name_en: string; plugin_id: string | null };
  agency_names: { agency_code: string; name: string; valid_from: string | null; valid_to: string | null };
  agency_successions: { from_code: string; to_code: string; function: string; effective_on: string };
  org_units: {
    code: string;
    name: string;
    kind: string;
    level: "province" | "district" | "commune";
    parent_code: string | null;
    province_code: string;
    valid_from: string | null;
    valid_to: string | null;
    note: string | null;
  };
  org_unit_successors: { from_code: string; to_code: string };
  catalog_documents: {
    slug: string;
    position: number;
    number: string | null;
    kind: string;
    issuer: string;
    /** Display name as printed in the document. */
    province: string;
    /** The province's code in org_units, resolved when the catalog is loaded. */
    province_code: string | null;
    issued_on: string | null;
    title: string;
    source_file: string;
    source_text: string;
    reporting: Json;
    /** The time the document governs (its replacement's start already applied); null: open. */
    covers_from: string | null;
    covers_until: string | null;
    replaced_by: string | null;
    /** When this document's rows were (re)loaded: readers keeping reference data compare it. */
    loaded_at: Generated<Date>;
    /** The publication version loaded (catalog_publications); null for a repository document. */
    version: number | null;
    /** Report periods due before this day are not owed through the platform (it entered it later); null: all. */
    reports_from: string | null;
  };
  /** A document being brought in: its source and the draft under review (`state`: the draft, its evidence and points). */
  document_drafts: {
    id: Generated<string>;
    province_code: string;
    base_slug: string | null;
    source_file_name: string;
    source_via: string;
    source_sha256: string;
    source_bytes: Buffer | Uint8Array;
    source_text: string;
    state: Json;
    status: Generated<"open" | "published" | "discarded">;
    version: Generated<number>;
    created_by: string;
    created_at: Timestamp;
    updated_by: string | null;
    updated_at: Timestamp;
    published_slug: string | null;
    published_version: number | null;
  };
  /** Each publication of a document, kept whole. */
  catalog_publications: {
    slug: string;
    version: number;
    province_code: string;
    draft_id: string | null;
    document: Json;
    source_file_name: string;
    source_sha256: string;
    source_bytes: Buffer | Uint8Array;
    source_text: string;
    changes: Json;
    reports_from: string | null;
    published_by: string;
    published_at: Timestamp;
  };
  catalog_replacements: { slug: string; replaced_by: string; marked_by: string; marked_at: Timestamp };
  catalog_sections: { document_slug: string; ref: string; position: number; title: string; parent_ref: string | null };
  catalog_tasks: {
    id: string;
    document_slug: string;
    ref: string;
    position: number;
    section_ref: string | null;
    text: string;
    is_general: boolean;
    owner_plugin: string | null;
    deadline: Json;
    deadline_text: string | null;
    deadline_kind: string | null;
  };
  catalog_task_agencies: { task_id: string; agency_code: string; role: "lead" | "coordinating"; position: number };
  catalog_indicators: {
    id: string;
    document_slug: string;
    ref: string;
    position: number;
    code: string;
    name: string;
    text: string;
    agency_code: string | null;
    unit: string;
    comparator: string;
    target: number;
    baseline: Json;
    due: string | null;
    aggregation: string;
    numerator: string | null;
    denominator: string | null;
    element: string | null;
    min_completeness: number | null;
  };
  catalog_task_indicators: { task_id: string; indicator_id: string };
  catalog_data_elements: {
    id: string;
    document_slug: string;
    position: number;
    code: string;
    name: string;
    text: string;
    agency_code: string | null;
    unit: string;
    aggregation: string;
  };
  reports: {
    id: Generated<string>;
    agency_code: string;
    province_code: string;
    period: string;
    due_date: string;
    state: "draft" | "submitted" | "accepted" | "returned";
    version: Generated<number>;
    summary: Generated<string>;
    first_submitted_at: Date | null;
    last_submitted_at: Date | null;
    reviewed_at: Date | null;
    reviewed_by: string | null;
    return_reason: string | null;
    created_at: Timestamp;
    updated_at: Timestamp;
  };
  report_items: {
    report_id: string;
    task_id: string;
    status: "not_started" | "in_progress" | "done";
    narrative: string;
  };
  report_versions: {
    id: Generated<string>;
    report_id: string;
    number: number;
    submitted_at: Date | string;
    submitted_by: string | null;
    snapshot: Json;
  };
  report_evidence: {
    id: Generated<string>;
    report_id: string;
    task_id: string | null;
    file_name: string;
    mime_type: string;
    size_bytes: number;
    sha256: string;
    storage: "database" | "directory";
    content: Buffer | Uint8Array | null;
    uploaded_by: string | null;
    uploaded_at: Timestamp;
  };
  data_values: {
    data_element_id: string;
    org_unit_code: string;
    period: string;
    value: number;
    agency_code: string;
    province_code: string;
    entered_by: string | null;
    entered_at: Timestamp;
    version: Generated<number>;
  };
  place_populations: {
    org_unit_code: string;
    year: number;
    population: number;
    source: string | null;
    updated_at: Timestamp;
  };
  notifications: {
    id: Generated<string>;
    user_id: string;
    kind: string;
    report_id: string | null;
    params: Json;
    reminder_id: string | null;
    created_at: Timestamp;
    read_at: Date | null;
  };
  email_outbox: {
    id: Generated<string>;
    notification_id: string | null;
    to_address: string;
    subject: string;
    body: string;
    link_path: string | null;
    status: Generated<"pending" | "sent" | "failed" | "skipped">;
    attempts: Generated<number>;
    next_attempt_at: Timestamp;
    last_error: string | null;
    sent_at: Date | null;
    created_at: Timestamp;
  };
  reminder_log: {
    id: Generated<string>;
    province_code: string;
    agency_code: string;
    period: string;
    due_date: string;
    kind: "before" | "on" | "after" | "after_week" | "manual";
    sent_by: string | null;
    sent_at: Timestamp;
    recipients: number;
    note: string | null;
    schedule_key: string | null;
  };
  report_comments: {
    id: Generated<string>;
    report_id: string;
    thread_id: string | null;
    task_id: string | null;
    org_unit_code: string | null;
    data_element_id: string | null;
    author_user_id: string;
    body: string;
    target_then: Json;
    created_at: Timestamp;
    resolved_at: Date | null;
    resolved_by: string | null;
  };
  data_value_notes: {
    province_code: string;
    period: string;
    data_element_id: string;
    org_unit_code: string;
    copied_from: string | null;
    warnings: Json;
    updated_at: Timestamp;
  };
  data_value_totals: {
    data_element_id: string;
    province_code: string;
    period: string;
    total: number;
    value_count: number;
  };
  catalog_facts: {
    id: string;
    document_slug: string;
    position: number;
    name: string;
    text: string;
    value: number;
    unit: string;
    as_of: string | null;
  };
}

export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
