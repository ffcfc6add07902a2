-- Why: the analytics API keeps the published values and the framework definitions in memory (ADR 0007,
-- "Published values in memory"). It may never serve a stale number, so every write that could change an answer
-- bumps a revision in the writing transaction, whoever writes (this node, another node, plain SQL): the
-- definitions (framework versions, indicators, baselines, targets, jurisdictions, memberships, status scales)
-- share one counter, row 0; the published values of each framework have their own, row framework_id. A request
-- reads both in one statement and rebuilds what is older. Statement-level triggers: one bump per statement,
-- however many rows it writes; the row lock orders the bumps of one framework in commit order.

create table analytics_revision (
    framework_id bigint primary key, -- 0: the definitions of every framework
    revision     bigint not null default 0
);
insert into analytics_revision (framework_id, revision) values (0, 0);
insert into analytics_revision (framework_id, revision) select id, 0 from framework;

create function analytics_bump_definitions() returns trigger language plpgsql as $$
begin
    update analytics_revision set revision = revision + 1 where framework_id = 0;
    return null;
end $$;

create function analytics_bump_values() returns trigger language plpgsql as $$
begin
    if tg_op = 'TRUNCATE' then
        update analytics_revision set revision = revision + 1 where framework_id <> 0;
        return null;
    end if;
    insert into analytics_revision (framework_id, revision)
    select distinct r.framework_id, 1
    from changed c join progress_report r on r.id = c.report_id
    order by 1
    on conflict (framework_id) do update set revision = analytics_revision.revision + 1;
    return null;
end $$;

create trigger analytics_values_inserted after insert on published_value
    referencing new table as changed for each statement execute function analytics_bump_values();
create trigger analytics_values_updated after update on published_value
    referencing new table as changed for each statement execute function analytics_bump_values();
create trigger analytics_values_deleted after delete on published_value
    referencing old table as changed for each statement execute function analytics_bump_values();
create trigger analytics_values_truncated after truncate on published_value
    for each statement execute function analytics_bump_values();

create trigger analytics_definitions after insert or update or delete or truncate on framework
    for each statement execute function analytics_bump_definitions();
create trigger analytics_definitions after insert or update or delete or truncate on framework_version
    for each statement execute function analytics_bump_definitions();
create trigger analytics_definitions after insert or update or delete or truncate on objective
    for each statement execute function analytics_bump_definitions();
create trigger analytics_definitions after insert or update or delete or truncate on indicator
    for each statement execute function analytics_bump_definitions();
create trigger analytics_definitions after insert or update or delete or truncate on indicator_baseline
    for each statement execute function analytics_bump_definitions();
create trigger analytics_definitions after insert or update or delete or truncate on indicator_target
    for each statement execute function analytics_bump_definitions();
create trigger analytics_definitions after insert or update or delete or truncate on jurisdiction
    for each statement execute function analytics_bump_definitions();
create trigger analytics_definitions after insert or update or delete or truncate on jurisdiction_membership
    for each statement execute function analytics_bump_definitions();
create trigger analytics_definitions after insert or update or delete or truncate on status_scale_level
    for each statement execute function analytics_bump_definitions();

-- A deleted report takes its published values with it (on delete cascade), and by then the report row that
-- names their framework is gone: the report's own deletion bumps its framework.
create function analytics_bump_reports() returns trigger language plpgsql as $$
begin
    insert into analytics_revision (framework_id, revision)
    select distinct framework_id, 1 from changed order by 1
    on conflict (framework_id) do update set revision = analytics_revision.revision + 1;
    return null;
end $$;

create trigger analytics_reports_deleted after delete on progress_report
    referencing old table as changed for each statement execute function analytics_bump_reports();
