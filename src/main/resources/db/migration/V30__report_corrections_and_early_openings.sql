-- Why: a reviewer must see what a correction changed (narratives as well as values), a report may be started
-- only once the calendar has opened its period (or the secretariat opened it early for one jurisdiction, with a
-- reason), and a resubmission must be told apart from an unchanged report. Narratives get an append-only
-- revision table like values; early openings are one row each, kept with who opened them and why.

create table report_narrative_revision (
    id              bigserial primary key,
    report_id       bigint      not null references progress_report (id) on delete cascade,
    objective_code  text        not null,
    old_progress    text,
    new_progress    text,
    old_challenges  text,
    new_challenges  text,
    old_support     text,
    new_support     text,
    changed_at      timestamptz not null,
    changed_by      text        not null,
    report_revision bigint      not null
);
create index report_narrative_revision_report on report_narrative_revision (report_id, id);

create table reporting_period_opening (
    framework_id      bigint      not null references framework (id) on delete cascade,
    period_code       text        not null,
    jurisdiction_code text        not null references jurisdiction (code),
    reason            text        not null,
    opened_by         text        not null,
    opened_at         timestamptz not null,
    primary key (framework_id, period_code, jurisdiction_code)
);
