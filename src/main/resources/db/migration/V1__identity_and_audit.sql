-- Why: every write is checked against a user's scoped roles and recorded in an append-only audit log;
-- these tables come first because every later module writes through them.

create table organisation (
    id                bigserial primary key,
    code              text        not null unique check (code ~ '^[A-Z0-9][A-Z0-9._-]{1,39}$'),
    name              text        not null check (length(trim(name)) > 0),
    kind              text        not null check (kind in ('SECRETARIAT', 'SALW_COMMISSION', 'ADMINISTRATIVE_AGENT',
                                                           'PARTICIPATING_ORGANISATION', 'DONOR', 'INTERNATIONAL_ORGANISATION',
                                                           'GOVERNMENT', 'NGO', 'OTHER')),
    jurisdiction_code text,
    created_at        timestamptz not null default now()
);

create table app_user (
    id               bigserial primary key,
    email            text        not null unique check (email = lower(email) and email like '%@%'),
    display_name     text        not null check (length(trim(display_name)) > 0),
    password_hash    text        not null,
    organisation_id  bigint      references organisation (id),
    enabled          boolean     not null default true,
    preferred_locale text,
    created_at       timestamptz not null default now()
);

-- A role is global (scope_code null) or scoped to one jurisdiction or one fund.
create table role_assignment (
    id         bigserial primary key,
    user_id    bigint not null references app_user (id) on delete cascade,
    role       text   not null check (role in ('SECRETARIAT', 'JURISDICTION_EDITOR', 'JURISDICTION_APPROVER',
                                               'FUND_ADMIN', 'PARTICIPATING_ORGANISATION', 'DONOR_VIEWER')),
    scope_code text,
    unique nulls not distinct (user_id, role, scope_code)
);

-- Only a hash of each token is kept: a leaked table does not leak usable tokens.
create table api_token (
    id           bigserial primary key,
    user_id      bigint      not null references app_user (id) on delete cascade,
    name         text        not null check (length(trim(name)) > 0),
    token_hash   text        not null unique,
    token_prefix text        not null,
    created_at   timestamptz not null,
    last_used_at timestamptz,
    expires_at   timestamptz,
    revoked_at   timestamptz
);
create index api_token_user on api_token (user_id);

-- Failed sign-ins per account, kept in the database so that throttling holds across several nodes.
create table login_throttle (
    username         text primary key,
    failures         int         not null,
    first_failure_at timestamptz not null,
    locked_until     timestamptz
);

create table audit_event (
    id           bigserial primary key,
    occurred_at  timestamptz not null,
    actor        text        not null,
    action       text        not null,
    entity_type  text        not null,
    entity_id    text        not null,
    summary      text        not null,
    before_state jsonb,
    after_state  jsonb
);
create index audit_event_time on audit_event (occurred_at desc, id desc);
create index audit_event_entity on audit_event (entity_type, entity_id);
create index audit_event_actor on audit_event (actor);

-- The audit log is append-only: the database itself refuses to change or remove a row.
create function audit_event_is_append_only() returns trigger language plpgsql as
$$
begin
    raise exception 'audit_event rows cannot be changed or deleted';
end;
$$;
create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
