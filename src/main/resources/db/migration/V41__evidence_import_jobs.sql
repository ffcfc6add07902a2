-- Why: bulk imports of evidence run as background jobs that any node can pick up (FOR UPDATE SKIP LOCKED),
-- outlive the page that started them, and are requeued when the node running them stops beating; each
-- job's file waits in its own unlogged staging table until it is validated and merged in one transaction.

create table evidence_import_job (
    id                bigserial primary key,
    record_type       text        not null,
    state             text        not null check (state in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    file_name         text,
    staging_table     text,
    -- Jurisdictions the importer acts for; null for the secretariat (every jurisdiction).
    allowed_jurisdictions text[],
    total             bigint      not null default 0,
    processed         bigint      not null default 0,
    error_count       bigint      not null default 0,
    failure_key       text,
    created_by        text        not null,
    idempotency_key   text,
    created_at        timestamptz not null,
    started_at        timestamptz,
    finished_at       timestamptz,
    node              text,
    heartbeat_at      timestamptz,
    attempts          int         not null default 0,
    demo              boolean     not null default false,
    unique (created_by, idempotency_key)
);
create index evidence_import_job_waiting on evidence_import_job (id) where state in ('QUEUED', 'RUNNING');

create table evidence_import_error (
    job_id      bigint not null references evidence_import_job (id) on delete cascade,
    line_no     bigint not null,
    column_name text   not null,
    message_key text   not null,
    args        text[] not null default '{}'
);
create index evidence_import_error_job on evidence_import_error (job_id, line_no);
