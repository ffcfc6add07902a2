-- Why: each jurisdiction reports each period through a review workflow. Values are stored once per
-- indicator x jurisdiction x period x disaggregation (a unique key), with periods' dates and the
-- jurisdiction denormalised, so analytics aggregate them directly with no rebuild and no value counted
-- twice when revised; every change is kept in an append-only revision table.

alter table framework add column jurisdiction_approval boolean not null default false;

create table progress_report (
    id                   bigserial primary key,
    framework_id         bigint      not null references framework (id),
    framework_version_id bigint      not null references framework_version (id),
    jurisdiction_code    text        not null references jurisdiction (code),
    period_code          text        not null,
    period_start         date        not null,
    period_end           date        not null,
    state                text        not null check (state in ('DRAFT', 'AWAITING_APPROVAL', 'SUBMITTED', 'RETURNED',
                                                               'RESUBMITTED', 'VALIDATED', 'PUBLISHED')),
    revision             bigint      not null default 1,
    created_at           timestamptz not null,
    created_by           text        not null,
    updated_at           timestamptz not null,
    submitted_at         timestamptz,
    validated_at         timestamptz,
    published_at         timestamptz,
    demo                 boolean     not null default false,
    unique (framework_id, jurisdiction_code, period_code)
);
create index progress_report_state on progress_report (state);
create index progress_report_place_time on progress_report (jurisdiction_code, period_start);

create table data_value (
    id                bigserial primary key,
    report_id         bigint      not null references progress_report (id) on delete cascade,
    indicator_id      bigint      not null references indicator (id),
    jurisdiction_code text        not null,
    period_code       text        not null,
    period_start      date        not null,
    period_end        date        not null,
    disaggregation_key text       not null default '',
    disaggregation    jsonb       not null default '{}',
    value             numeric,
    numerator         numeric,
    denominator       numeric,
    text_value        text,
    comment           text,
    updated_at        timestamptz not null,
    updated_by        text        not null,
    report_revision   bigint      not null,
    unique (indicator_id, jurisdiction_code, period_code, disaggregation_key)
);
create index data_value_report on data_value (report_id);
create index data_value_indicator_time on data_value (indicator_id, period_start);

create table data_value_revision (
    id                 bigserial primary key,
    report_id          bigint      not null references progress_report (id) on delete cascade,
    indicator_code     text        not null,
    disaggregation_key text        not null,
    old_value          numeric,
    new_value          numeric,
    old_text           text,
    new_text           text,
    old_comment        text,
    new_comment        text,
    changed_at         timestamptz not null,
    changed_by         text        not null,
    report_revision    bigint      not null,
    report_state       text        not null
);
create index data_value_revision_report on data_value_revision (report_id, id);

create table report_narrative (
    report_id      bigint      not null references progress_report (id) on delete cascade,
    objective_code text        not null,
    progress       text,
    challenges     text,
    support_needed text,
    updated_at     timestamptz not null,
    updated_by     text        not null,
    primary key (report_id, objective_code)
);

-- Evidence files live in the database, so that several nodes see the same files and backups hold them.
create table report_evidence (
    id           bigserial primary key,
    report_id    bigint      not null references progress_report (id) on delete cascade,
    file_name    text        not null,
    content_type text        not null,
    size_bytes   bigint      not null,
    sha256       text        not null,
    content      bytea       not null,
    note         text,
    uploaded_at  timestamptz not null,
    uploaded_by  text        not null
);
create index report_evidence_report on report_evidence (report_id);

create table report_transition (
    id          bigserial primary key,
    report_id   bigint      not null references progress_report (id) on delete cascade,
    action      text        not null,
    from_state  text        not null,
    to_state    text        not null,
    actor       text        not null,
    occurred_at timestamptz not null,
    reason      text,
    flagged     jsonb       not null default '[]',
    snapshot    jsonb
);
create index report_transition_report on report_transition (report_id, id);

-- What a return reopened: a value (indicator and disaggregation) or an objective's narrative.
create table report_flag (
    report_id bigint not null references progress_report (id) on delete cascade,
    kind      text   not null check (kind in ('VALUE', 'NARRATIVE')),
    target    text   not null,
    note      text,
    primary key (report_id, kind, target)
);

create table notification (
    id          bigserial primary key,
    user_id     bigint      not null references app_user (id) on delete cascade,
    report_id   bigint references progress_report (id) on delete cascade,
    message_key text        not null,
    args        jsonb       not null default '[]',
    link        text,
    created_at  timestamptz not null,
    read_at     timestamptz
);
create index notification_user on notification (user_id, read_at, created_at desc);
