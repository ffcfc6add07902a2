-- Why: the secretariat sets each framework's tracing response time (the days after which an unanswered
-- tracing request is flagged overdue) on a page and through the API, not in SQL (issue #10, ADR 6 "what
-- remains" 1). A revision lets the API guard the write with If-Match; clearing the value keeps the row (days
-- null, the configured default applies) so that a revision never starts again at 1 and an old ETag never
-- matches again; who set it and when is shown with it (every change is in the audit log too).
alter table tracing_response_time
    alter column days drop not null,
    add column revision   bigint not null default 1,
    add column updated_at timestamptz,
    add column updated_by text;
