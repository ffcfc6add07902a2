-- Why: a roadmap is a versioned framework of objectives and indicators held as data, not code, because
-- goals and KPIs differ between roadmaps and between versions of one roadmap (Roadmap 2024 -> 2030).
-- Indicator values are plain numeric (no fixed scale) so that an imported value round-trips exactly.

create table framework (
    id         bigserial primary key,
    code       text        not null unique check (code ~ '^[A-Z0-9][A-Z0-9.-]{1,39}$'),
    name       text        not null check (length(trim(name)) > 0),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

-- What the top level is called, the reporting periods and the description belong to a version: Roadmap
-- 2024 reported by half-years, Roadmap 2030 by years.
create table framework_version (
    id           bigserial primary key,
    framework_id bigint      not null references framework (id) on delete cascade,
    version      text        not null check (version ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$'),
    title        text,
    description  text,
    objective_label       text not null check (objective_label in ('GOAL', 'AXIS', 'PILLAR', 'PRIORITY')),
    region_code           text references jurisdiction (code),
    reporting_period_type text not null check (reporting_period_type in ('YEARLY', 'SIX_MONTHLY', 'QUARTERLY', 'MONTHLY')),
    start_year   int,
    end_year     int,
    status       text        not null check (status in ('DRAFT', 'ACTIVE', 'SUPERSEDED')),
    source       text,
    dimensions   jsonb       not null default '[]',
    revision     bigint      not null default 1,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    unique (framework_id, version),
    check (end_year is null or start_year is null or end_year >= start_year)
);

create table objective (
    id                   bigserial primary key,
    framework_version_id bigint  not null references framework_version (id) on delete cascade,
    code                 text    not null,
    number               int     not null,
    title                text    not null,
    description          text,
    target_year          int,
    official_wording     boolean not null default false,
    position             int     not null,
    unique (framework_version_id, code)
);

create table indicator (
    id                    bigserial primary key,
    framework_version_id  bigint  not null references framework_version (id) on delete cascade,
    objective_id          bigint  not null references objective (id) on delete cascade,
    code                  text    not null,
    title                 text    not null,
    definition            text,
    type                  text    not null check (type in ('COUNT', 'PERCENTAGE', 'RATIO', 'YES_NO', 'ORDINAL', 'MONEY', 'NARRATIVE')),
    unit                  text,
    aggregation           text    not null check (aggregation in ('SUM', 'AVERAGE', 'LAST_VALUE', 'RATIO_OF_SUMS',
                                                                  'COUNT_MEETING_CONDITION', 'NONE')),
    aggregation_condition text,
    levels                jsonb   not null default '[]',
    disaggregations       jsonb   not null default '[]',
    value_source          text    not null check (value_source in ('REPORTED', 'DERIVED')),
    formula               text,
    data_source           text,
    frequency             text,
    official_wording      boolean not null default false,
    validation            jsonb   not null default '{}',
    position              int     not null,
    unique (framework_version_id, code)
);
create index indicator_objective on indicator (objective_id);

create table indicator_baseline (
    indicator_id      bigint  not null references indicator (id) on delete cascade,
    jurisdiction_code text    not null references jurisdiction (code),
    year              int     not null,
    value             numeric not null,
    primary key (indicator_id, jurisdiction_code)
);

create table indicator_target (
    indicator_id      bigint  not null references indicator (id) on delete cascade,
    jurisdiction_code text    not null references jurisdiction (code),
    year              int     not null,
    value             numeric not null,
    primary key (indicator_id, jurisdiction_code, year)
);

-- Crosswalks name the other side by codes, so a framework can be imported before the one it links to.
create table indicator_crosswalk (
    indicator_id   bigint not null references indicator (id) on delete cascade,
    framework_code text   not null,
    indicator_code text   not null,
    -- The version linked to, when the link holds for one version only (KPI-1 of Roadmap 2030, not of 2024).
    version        text,
    relation       text   not null check (relation in ('EQUIVALENT', 'CONTRIBUTES_TO', 'PART_OF', 'RELATED')),
    note           text,
    primary key (indicator_id, framework_code, indicator_code)
);
create index indicator_crosswalk_target on indicator_crosswalk (framework_code, indicator_code);

-- The reporting calendar: when each period opens and closes for data entry, and whether it is locked.
create table reporting_period (
    framework_id bigint  not null references framework (id) on delete cascade,
    period_code  text    not null,
    opens_on     date    not null,
    closes_on    date    not null,
    locked       boolean not null default false,
    primary key (framework_id, period_code),
    check (closes_on >= opens_on)
);

create table jurisdiction_membership (
    framework_code    text not null references framework (code) on update cascade on delete cascade,
    jurisdiction_code text not null references jurisdiction (code),
    role              text not null check (role in ('MEMBER', 'PARTNER', 'OBSERVER')),
    primary key (framework_code, jurisdiction_code)
);
create index jurisdiction_membership_jurisdiction on jurisdiction_membership (jurisdiction_code);
