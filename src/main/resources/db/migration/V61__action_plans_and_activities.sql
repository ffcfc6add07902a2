-- Why: each jurisdiction carries out the roadmap through a national action plan whose activities and
-- national indicators feed the regional KPIs, and partners' activities must be seen beside them to find the
-- objectives × jurisdictions nobody supports (issue 13, docs/adr/0010-action-plans.md). Plan activities
-- and partner activities are one table: a plan activity has plan_id set. Progress on activities is reported
-- inside the periodic report (activity_progress), with frozen copies at validation and publication.

create table action_plan (
    id                bigserial primary key,
    framework_code    text        not null references framework (code),
    version           text        not null,
    jurisdiction_code text        not null references jurisdiction (code),
    title             text        not null check (length(trim(title)) > 0),
    status            text        not null check (status in ('DRAFTING', 'DRAFTED', 'APPROVED')),
    adopted_on        date,
    gender_notes      text,
    demo              boolean     not null default false,
    created_by        text        not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    unique (framework_code, version, jurisdiction_code)
);

create table activity (
    id                bigserial primary key,
    plan_id           bigint      references action_plan (id) on delete cascade,
    framework_code    text        not null references framework (code),
    version           text        not null,
    objective_code    text        not null,
    jurisdiction_code text        not null references jurisdiction (code),
    organisation      text        not null check (length(trim(organisation)) > 0),
    title             text        not null check (length(trim(title)) > 0),
    start_date        date        not null,
    end_date          date        not null check (end_date >= start_date),
    budget_amount     numeric(19, 4) check (budget_amount >= 0),
    budget_currency   text check (budget_currency ~ '^[A-Z]{3}$'),
    funding_source    text        not null check (funding_source in ('NATIONAL', 'DONOR', 'TRUST_FUND', 'OTHER')),
    funder            text,
    fund_code         text,
    project_code      text,
    status            text        not null
        check (status in ('PLANNED', 'ONGOING', 'COMPLETED', 'DELAYED', 'CANCELLED')),
    demo              boolean     not null default false,
    created_by        text        not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    check ((budget_amount is null) = (budget_currency is null)),
    check (funding_source <> 'TRUST_FUND' or (fund_code is not null and project_code is not null))
);
create index activity_by_place on activity (framework_code, version, jurisdiction_code, objective_code);
create index activity_by_plan on activity (plan_id);

create table national_indicator (
    id      bigserial primary key,
    plan_id bigint not null references action_plan (id) on delete cascade,
    code    text   not null check (length(trim(code)) > 0),
    title   text   not null check (length(trim(title)) > 0),
    unit    text,
    unique (plan_id, code)
);

-- The regional KPIs (indicator codes of the plan's framework version) a national indicator feeds.
create table national_indicator_kpi (
    national_indicator_id bigint not null references national_indicator (id) on delete cascade,
    indicator_code        text   not null,
    primary key (national_indicator_id, indicator_code)
);

-- The working copy, edited while the report may be changed.
create table activity_progress (
    report_id   bigint      not null references progress_report (id) on delete cascade,
    activity_id bigint      not null references activity (id) on delete cascade,
    status      text        not null
        check (status in ('PLANNED', 'ONGOING', 'COMPLETED', 'DELAYED', 'CANCELLED')),
    percent     int check (percent between 0 and 100),
    note        text,
    updated_by  text        not null,
    updated_at  timestamptz not null,
    primary key (report_id, activity_id)
);

-- Frozen copies taken at validation and at publication; the public reads the PUBLISHED one only. Title and
-- objective are copied so that a later change to the plan does not rewrite what was reported.
create table activity_progress_copy (
    report_id      bigint not null references progress_report (id) on delete cascade,
    kind           text   not null check (kind in ('VALIDATED', 'PUBLISHED')),
    activity_id    bigint not null,
    objective_code text   not null,
    organisation   text   not null,
    title          text   not null,
    status         text   not null,
    percent        int,
    note           text,
    copied_at      timestamptz not null,
    primary key (report_id, kind, activity_id)
);
