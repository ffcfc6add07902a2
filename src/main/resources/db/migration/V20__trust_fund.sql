-- Why: the trust fund's money must be traceable from deposit to results and trusted by donors, so every
-- movement is an append-only ledger entry (exact NUMERIC(19,4) amounts with their currency and USD value;
-- corrections by linked reversal; nothing posted into closed books), and the fund's donors, calls,
-- proposals, steering-committee decisions and projects are kept with it.

create table fund (
    code                 text        primary key check (code ~ '^[A-Z0-9][A-Z0-9._-]{1,19}$'),
    name                 text        not null check (length(trim(name)) > 0),
    framework_code       text        references framework (code),
    administrative_agent text        not null,
    chair                text        not null,
    start_date           date        not null,
    end_date             date,
    status               text        not null default 'ACTIVE' check (status in ('ACTIVE', 'OPERATIONALLY_CLOSED', 'FINANCIALLY_CLOSED')),
    fee_rate             numeric(7,6) not null default 0.01 check (fee_rate >= 0 and fee_rate < 1),
    indirect_rate        numeric(7,6) not null default 0.07 check (indirect_rate >= 0 and indirect_rate < 1),
    closed_through       date,
    iati_identifier      text,
    demo                 boolean     not null default false,
    created_at           timestamptz not null default now(),
    check (end_date is null or end_date >= start_date)
);

-- Extensions of the end date, kept as history rather than overwritten.
create table fund_extension (
    id          bigserial primary key,
    fund_code   text not null references fund (code),
    end_date    date not null,
    decided_on  date not null,
    note        text
);

-- The administrative agent and participating organisations; account_organisation names the identity
-- organisation whose users act for it.
create table fund_organisation (
    id                   bigserial primary key,
    fund_code            text not null references fund (code),
    code                 text not null check (code ~ '^[A-Z0-9][A-Z0-9._-]{0,39}$'),
    name                 text not null check (length(trim(name)) > 0),
    role                 text not null check (role in ('ADMINISTRATIVE_AGENT', 'PARTICIPATING_ORGANISATION')),
    iati_ref             text,
    account_organisation text,
    unique (fund_code, code)
);

create table donor (
    id          bigserial primary key,
    fund_code   text    not null references fund (code),
    code        text    not null check (code ~ '^[A-Z0-9][A-Z0-9._-]{0,39}$'),
    name        text    not null check (length(trim(name)) > 0),
    ex_officio  boolean not null default false,
    iati_ref    text,
    unique (fund_code, code)
);

-- Steering-committee seats that are not donors or participating organisations (e.g. the EU ex officio).
create table committee_seat (
    id         bigserial primary key,
    fund_code  text not null references fund (code),
    name       text not null,
    kind       text not null check (kind in ('EX_OFFICIO', 'OBSERVER'))
);

create table contribution_agreement (
    id          bigserial primary key,
    fund_code   text          not null references fund (code),
    donor_code  text          not null,
    reference   text          not null,
    signed_on   date          not null,
    amount      numeric(19,4) not null check (amount > 0),
    currency    char(3)       not null check (currency ~ '^[A-Z]{3}$'),
    unique (fund_code, reference),
    foreign key (fund_code, donor_code) references donor (fund_code, code)
);

create table pledge (
    id            bigserial primary key,
    fund_code     text          not null references fund (code),
    donor_code    text          not null,
    agreement_id  bigint        references contribution_agreement (id),
    pledged_on    date          not null,
    amount        numeric(19,4) not null check (amount > 0),
    currency      char(3)       not null check (currency ~ '^[A-Z]{3}$'),
    foreign key (fund_code, donor_code) references donor (fund_code, code)
);

create table call_for_proposals (
    id          bigserial primary key,
    fund_code   text not null references fund (code),
    number      int  not null check (number > 0),
    title       text not null,
    opens_on    date not null,
    closes_on   date not null check (closes_on >= opens_on),
    eligible    text not null,
    unique (fund_code, number)
);

create table proposal (
    id                bigserial primary key,
    fund_code         text          not null references fund (code),
    call_id           bigint        references call_for_proposals (id),
    code              text          not null check (code ~ '^[A-Z0-9][A-Z0-9._-]{0,39}$'),
    title             text          not null check (length(trim(title)) > 0),
    organisation_code text          not null,
    office            text,
    summary           text,
    indirect_rate     numeric(7,6)  not null,
    submitted_on      date          not null,
    state             text          not null check (state in ('SUBMITTED', 'APPROVED', 'REJECTED', 'DEFERRED')),
    demo              boolean       not null default false,
    unique (fund_code, code),
    foreign key (fund_code, organisation_code) references fund_organisation (fund_code, code)
);

-- Direct budget lines in USD; the indirect costs are the proposal's rate on their sum.
create table proposal_budget_line (
    proposal_id  bigint        not null references proposal (id),
    position     int           not null,
    description  text          not null,
    amount       numeric(19,4) not null check (amount >= 0),
    primary key (proposal_id, position)
);

-- What a proposal (and the project it becomes) serves: objectives and KPIs of the fund's framework, jurisdictions.
create table proposal_target (
    proposal_id  bigint not null references proposal (id),
    kind         text   not null check (kind in ('OBJECTIVE', 'INDICATOR', 'JURISDICTION')),
    code         text   not null,
    primary key (proposal_id, kind, code)
);

create table committee_decision (
    id           bigserial primary key,
    fund_code    text          not null references fund (code),
    proposal_id  bigint        not null references proposal (id),
    meeting      text          not null,
    decided_on   date          not null,
    outcome      text          not null check (outcome in ('APPROVED', 'REJECTED', 'DEFERRED')),
    amount       numeric(19,4) check (amount > 0),
    reason       text,
    recorded_at  timestamptz   not null,
    recorded_by  text          not null,
    check ((outcome = 'APPROVED') = (amount is not null))
);

create table project (
    id                bigserial primary key,
    fund_code         text          not null references fund (code),
    code              text          not null,
    proposal_id       bigint        not null unique references proposal (id),
    title             text          not null,
    organisation_code text          not null,
    office            text,
    status            text          not null check (status in ('PIPELINE', 'ACTIVE', 'OPERATIONALLY_CLOSED', 'FINANCIALLY_CLOSED')),
    approved_amount   numeric(19,4) not null check (approved_amount > 0),
    start_date        date,
    end_date          date,
    unique (fund_code, code),
    foreign key (fund_code, organisation_code) references fund_organisation (fund_code, code)
);

create table ledger_entry (
    id                bigserial primary key,
    fund_code         text          not null references fund (code),
    posting_id        bigint        not null,
    entry_type        text          not null check (entry_type in ('CONTRIBUTION', 'ADMINISTRATIVE_AGENT_FEE', 'FUND_INTEREST',
                                          'ORGANISATION_INTEREST', 'TRANSFER', 'REFUND', 'DIRECT_COST', 'BANK_CHARGE', 'EXPENDITURE')),
    entry_date        date          not null,
    amount            numeric(19,4) not null,
    currency          char(3)       not null check (currency ~ '^[A-Z]{3}$'),
    usd_rate          numeric(19,8) not null check (usd_rate > 0),
    usd_amount        numeric(19,4) not null,
    donor_code        text,
    project_code      text,
    organisation_code text,
    expenditure_kind  text          check (expenditure_kind in ('INTERIM', 'FINAL')),
    expenditure_year  int,
    reverses_id       bigint        unique references ledger_entry (id),
    memo              text,
    recorded_at       timestamptz   not null,
    recorded_by       text          not null,
    foreign key (fund_code, donor_code) references donor (fund_code, code),
    foreign key (fund_code, project_code) references project (fund_code, code),
    foreign key (fund_code, organisation_code) references fund_organisation (fund_code, code),
    check ((entry_type = 'EXPENDITURE') = (expenditure_kind is not null and expenditure_year is not null))
);
create sequence ledger_posting_seq;
create index ledger_entry_fund_date on ledger_entry (fund_code, entry_date, id);
create index ledger_entry_project on ledger_entry (fund_code, project_code);

-- The ledger is append-only: the database itself refuses to change or remove an entry.
create function ledger_entry_is_append_only() returns trigger language plpgsql as
$$
begin
    raise exception 'ledger_entry rows cannot be changed or deleted; post a reversal instead';
end;
$$;
create trigger ledger_entry_append_only
    before update or delete on ledger_entry
    for each row execute function ledger_entry_is_append_only();

-- Closed books stay closed even for a writer that skips the application's own check.
create function ledger_entry_in_open_period() returns trigger language plpgsql as
$$
declare
    closed date;
begin
    select closed_through into closed from fund where code = new.fund_code for share;
    if closed is not null and new.entry_date <= closed then
        raise exception 'the books of fund % are closed through %', new.fund_code, closed;
    end if;
    return new;
end;
$$;
create trigger ledger_entry_open_period
    before insert on ledger_entry
    for each row execute function ledger_entry_in_open_period();

-- Books once closed never reopen: closed_through may only move forward.
create function fund_books_stay_closed() returns trigger language plpgsql as
$$
begin
    if old.closed_through is not null and (new.closed_through is null or new.closed_through < old.closed_through) then
        raise exception 'the books of fund % are closed through % and cannot be reopened', old.code, old.closed_through;
    end if;
    return new;
end;
$$;
create trigger fund_closed_through_forward
    before update on fund
    for each row execute function fund_books_stay_closed();

-- USD rates of the day, entered or imported, used when a posting in another currency gives none.
create table fx_rate (
    currency   char(3)       not null check (currency ~ '^[A-Z]{3}$'),
    rate_date  date          not null,
    usd_rate   numeric(19,8) not null check (usd_rate > 0),
    primary key (currency, rate_date)
);
