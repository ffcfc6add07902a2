-- Why: each UN Member State files a PoA/ITI national report every two years (domain.md §5, §9.5). The platform
-- pre-fills it from what is recorded; the jurisdiction reviews every answer and answers Yes / No / Developing
-- where the records cannot decide. Only UN Member States have one (checked in the service, which knows the
-- membership; Kosovo and Montserrat never do).
create table poa_report (
    id                bigserial   primary key,
    jurisdiction_code text        not null references jurisdiction (code),
    cycle             integer     not null check (cycle between 2002 and 9999),
    created_at        timestamptz not null,
    created_by        text        not null,
    updated_at        timestamptz not null,
    prefilled_at      timestamptz not null,
    revision          bigint      not null default 1,
    unique (jurisdiction_code, cycle)
);
comment on column poa_report.cycle is 'the year the report is due (a Biennial Meeting of States); it covers the two calendar years before';

-- One row per question of the template. The pre-filled answer and its explanation (a message key with its
-- arguments, so that it reads in any language) come from the records; answer, note and counts are the user's.
create table poa_answer (
    report_id        bigint      not null references poa_report (id) on delete cascade,
    question         text        not null,
    prefilled_answer text        check (prefilled_answer in ('YES', 'NO', 'DEVELOPING')),
    basis_key        text,
    basis_args       jsonb       not null default '[]',
    answer           text        check (answer in ('YES', 'NO', 'DEVELOPING')),
    note             text        check (length(note) <= 4000),
    men              integer     check (men >= 0),
    women            integer     check (women >= 0),
    reviewed         boolean     not null default false,
    updated_at       timestamptz,
    updated_by       text,
    primary key (report_id, question)
);

-- Section 6: SDG 16.4.2 per reporting year, as computed from the records when the report was (re)filled.
create table poa_sdg_figure (
    report_id   bigint  not null references poa_report (id) on delete cascade,
    year        integer not null,
    numerator   bigint  not null,
    denominator bigint  not null,
    seized      bigint  not null,
    found       bigint  not null,
    surrendered bigint  not null,
    by_tracing  bigint  not null,
    by_authority bigint not null,
    primary key (report_id, year)
);
