-- Why: a status scale is replaced through the API like a report is saved, so a client must name the revision it
-- read (If-Match) and a stale one is refused instead of silently overwriting another secretariat member's scale.
-- One row per framework whose scale was ever written; no row is revision 0 (the default scale, never set).

create table status_scale (
    framework_code text   primary key references framework (code) on update cascade on delete cascade,
    revision       bigint not null check (revision >= 0)
);

insert into status_scale (framework_code, revision)
select distinct framework_code, 1 from status_scale_level;
