-- Why: documents that go out (the regional progress report, a jurisdiction's report, a fund's annual report)
-- are generated as background jobs that any node can claim (FOR UPDATE SKIP LOCKED), that outlive the page
-- which asked for them and are requeued when the node running them stops beating. The file is kept with the
-- list of figures it shows, so that a report can be issued again exactly as it went out.

create table publication (
    id                bigserial primary key,
    kind              text        not null check (kind in ('REGIONAL_REPORT', 'JURISDICTION_REPORT',
                                                           'FUND_ANNUAL_REPORT', 'POA_REPORT')),
    framework_code    text,
    period_code       text        not null,
    kpi_period_code   text,
    jurisdiction_code text,
    fund_code         text,
    format            text        not null check (format in ('PDF', 'HTML', 'XLSX', 'JSON')),
    language          text        not null,
    introduction      text,
    commentary        jsonb       not null default '{}',
    -- The regional progress reports of a framework are numbered (the 1st, 2nd ... report).
    number            int,
    state             text        not null check (state in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    progress          int         not null default 0 check (progress between 0 and 100),
    failure_key       text,
    created_by        text        not null,
    created_at        timestamptz not null,
    started_at        timestamptz,
    finished_at       timestamptz,
    node              text,
    heartbeat_at      timestamptz,
    attempts          int         not null default 0,
    content           bytea,
    content_sha256    text
);
create index publication_waiting on publication (id) where state in ('QUEUED', 'RUNNING');
create index publication_listing on publication (created_at desc, id desc);

create table publication_figure (
    publication_id bigint not null references publication (id) on delete cascade,
    position       int    not null,
    figure_key     text   not null,
    value          text,
    source         text,
    primary key (publication_id, position)
);
