-- Why: the roadmap is monitored in its meetings (local and regional coordination, the fund's steering
-- committee, annual meetings, workshops); participants are counted by sex, decisions can be the fund's
-- allocation decisions, and action points are followed up at the next meeting, reminded and put in calendars.
-- Times are local date-times with their IANA zone, so a meeting stays at 09:00 in its city whatever the rules.

create table meeting (
    id                bigserial primary key,
    type              text        not null check (type in ('LOCAL_COORDINATION', 'REGIONAL_COORDINATION',
                                                  'STEERING_COMMITTEE', 'ANNUAL_MEETING', 'WORKSHOP')),
    title             text        not null check (length(trim(title)) > 0),
    starts_at         timestamp   not null,
    ends_at           timestamp   not null,
    time_zone         text        not null,
    venue             text,
    framework_code    text        references framework (code),
    jurisdiction_code text        references jurisdiction (code),
    fund_code         text        references fund (code),
    period_code       text,
    is_public         boolean     not null default false,
    agenda            text,
    demo              boolean     not null default false,
    created_by        text        not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    check (ends_at >= starts_at),
    check (type <> 'LOCAL_COORDINATION' or jurisdiction_code is not null),
    check (type <> 'STEERING_COMMITTEE' or fund_code is not null)
);
create index meeting_starts on meeting (starts_at desc, id desc);
create index meeting_series on meeting (type, jurisdiction_code, fund_code, starts_at);

create table meeting_participant (
    meeting_id   bigint not null references meeting (id) on delete cascade,
    position     int    not null,
    name         text   not null check (length(trim(name)) > 0),
    organisation text,
    function     text,
    sex          text   not null check (sex in ('WOMAN', 'MAN', 'NOT_RECORDED')),
    primary key (meeting_id, position)
);

create table meeting_document (
    id           bigserial primary key,
    meeting_id   bigint      not null references meeting (id) on delete cascade,
    file_name    text        not null,
    content_type text        not null,
    size_bytes   bigint      not null,
    sha256       text        not null,
    content      bytea       not null,
    note         text,
    uploaded_at  timestamptz not null,
    uploaded_by  text        not null
);
create index meeting_document_meeting on meeting_document (meeting_id);

-- A decision of the meeting; for a steering committee, possibly the fund's allocation decision on a proposal.
create table meeting_decision (
    id               bigserial primary key,
    meeting_id       bigint      not null references meeting (id) on delete cascade,
    text             text        not null check (length(trim(text)) > 0),
    fund_decision_id bigint      references committee_decision (id),
    recorded_at      timestamptz not null,
    recorded_by      text        not null
);
create index meeting_decision_meeting on meeting_decision (meeting_id);

-- The fund's side of the link: where the steering committee took the decision.
alter table committee_decision add column meeting_link text;

create table action_point (
    id                 bigserial primary key,
    meeting_id         bigint      not null references meeting (id) on delete cascade,
    title              text        not null check (length(trim(title)) > 0),
    owner              text        not null check (length(trim(owner)) > 0),
    -- The account the owner names by e-mail, if any: their "My action points" and their reminders.
    owner_user_id      bigint      references app_user (id) on delete set null,
    organisation       text,
    due                date        not null,
    status             text        not null default 'OPEN' check (status in ('OPEN', 'DONE', 'DROPPED')),
    follow_up_meeting_id bigint    references meeting (id) on delete set null,
    follow_up_note     text,
    created_at         timestamptz not null,
    created_by         text        not null,
    updated_at         timestamptz not null
);
create index action_point_meeting on action_point (meeting_id);
create index action_point_open_due on action_point (due) where status = 'OPEN';
create index action_point_owner on action_point (owner_user_id, due);

-- Each reminder of an action point is sent once: before and after its due date.
create table action_point_reminder (
    action_point_id bigint      not null references action_point (id) on delete cascade,
    kind            text        not null check (kind in ('BEFORE', 'AFTER')),
    sent_at         timestamptz not null,
    primary key (action_point_id, kind)
);

-- A personal calendar feed: only the SHA-256 of its secret is kept. One feed per user.
create table calendar_feed (
    user_id     bigint      primary key references app_user (id) on delete cascade,
    secret_hash text        not null unique,
    created_at  timestamptz not null
);

-- Users who switched the daily e-mail digest off (on by default).
create table digest_opt_out (
    user_id   bigint      primary key references app_user (id) on delete cascade,
    since     timestamptz not null
);

-- One row per day on which the reminders and digests ran, claimed by exactly one node.
create table reminder_run (
    day       date        primary key,
    node      text        not null,
    -- When the run claimed the day, then the cut-off of its digest: the next run mails what came after it.
    ran_at    timestamptz not null,
    reminders int         not null default 0,
    digests   int         not null default 0
);
