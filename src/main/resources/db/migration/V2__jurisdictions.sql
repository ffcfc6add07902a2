-- Why: jurisdictions form a hierarchy (region -> jurisdiction -> sub-unit); the materialised path lets
-- analytics roll a subtree up with one indexed prefix match, as DHIS2 does with its org-unit path.

create table jurisdiction (
    code        text primary key check (code ~ '^[A-Z][A-Z0-9-]{1,19}$'),
    name        text not null check (length(trim(name)) > 0),
    short_name  text not null,
    kind        text not null check (kind in ('REGION', 'JURISDICTION', 'SUB_UNIT')),
    parent_code text references jurisdiction (code),
    path        text not null unique,
    iso_code    text,
    capital     text,
    footnote    text,
    position    int  not null default 0
);
create index jurisdiction_path on jurisdiction (path text_pattern_ops);
create index jurisdiction_parent on jurisdiction (parent_code);

alter table organisation
    add constraint organisation_jurisdiction foreign key (jurisdiction_code) references jurisdiction (code);
