-- Why: a framework's published values are kept in memory by analytics (ADR 0007) and read again when its revision
-- moves. Read whole, a global-tier framework (694,800 values) takes about a second; a publication changes one
-- report. So the triggers of V65 now also note which reports each bump touched, and a copy reads only those.
--
-- Order: a change is noted under the revision its own bump gave, not under a sequence. Sequence numbers are
-- handed out in call order and commits happen in another order, so a reader could see 7 and 9 and miss 8 still
-- committing. A framework's bumps are ordered by the lock of its counter row: the next writer's update waits for
-- the holder's commit and then adds one to the committed value. So once a snapshot sees revision R of a framework,
-- it sees every change noted under R or below, and none above (each comes with its bump). One statement that reads
-- the counter and the log and the touched reports' values sees one snapshot: exactly the published values of
-- revision R.
--
-- Trimming: each framework keeps the changes of its last 1,000 revisions (trimmed every 100th). log_floor says
-- from where the log is complete: every change of a revision above it is noted. A copy older than that, or one
-- that a TRUNCATE left behind, is read whole again.

alter table analytics_revision add column log_floor bigint not null default 0;
update analytics_revision set log_floor = revision;

create table analytics_change (
    framework_id bigint not null,
    revision     bigint not null,
    report_id    bigint not null,
    primary key (framework_id, revision, report_id)
);

-- Bumps each framework once (in framework order, so that two statements never wait on each other's rows in
-- opposite orders) and notes each (framework, report) pair under the revision the bump gave.
create function analytics_note(frameworks bigint[], reports bigint[]) returns void language plpgsql as $$
begin
    with touched as (select distinct f, r from unnest(frameworks, reports) t(f, r) where f is not null),
    bumped as (
        insert into analytics_revision (framework_id, revision)
        select distinct f, 1 from touched order by 1
        on conflict (framework_id) do update set revision = analytics_revision.revision + 1
        returning framework_id, revision)
    insert into analytics_change (framework_id, revision, report_id)
    select b.framework_id, b.revision, t.r from bumped b join touched t on t.f = b.framework_id;

    with trimmed as (
        update analytics_revision set log_floor = revision - 1000
        where framework_id = any(frameworks) and revision % 100 = 0 and revision - 1000 > log_floor
        returning framework_id, log_floor)
    delete from analytics_change c using trimmed t
    where c.framework_id = t.framework_id and c.revision <= t.log_floor;
end $$;

create or replace function analytics_bump_values() returns trigger language plpgsql as $$
declare
    fs bigint[];
    rs bigint[];
begin
    if tg_op = 'TRUNCATE' then
        update analytics_revision set revision = revision + 1, log_floor = revision + 1 where framework_id <> 0;
        delete from analytics_change;
        return null;
    elsif tg_op = 'UPDATE' then
        -- both sides: a value moved to another report is gone from the first and new in the second
        select array_agg(r.framework_id), array_agg(r.id) into fs, rs
        from (select report_id from changed union select report_id from changed_before) c
        join progress_report r on r.id = c.report_id;
    else
        select array_agg(r.framework_id), array_agg(r.id) into fs, rs
        from (select distinct report_id from changed) c
        join progress_report r on r.id = c.report_id;
    end if;
    if fs is not null then
        perform analytics_note(fs, rs);
    end if;
    return null;
end $$;

drop trigger analytics_values_updated on published_value;
create trigger analytics_values_updated after update on published_value
    referencing old table as changed_before new table as changed
    for each statement execute function analytics_bump_values();

-- A deleted report takes its published values with it (on delete cascade): noted here, by the report's own row.
create or replace function analytics_bump_reports() returns trigger language plpgsql as $$
declare
    fs bigint[];
    rs bigint[];
begin
    select array_agg(framework_id), array_agg(id) into fs, rs from changed;
    if fs is not null then
        perform analytics_note(fs, rs);
    end if;
    return null;
end $$;

-- A report moved to another framework takes its published values along: both frameworks are bumped.
create function analytics_report_moved() returns trigger language plpgsql as $$
begin
    perform analytics_note(array[old.framework_id, new.framework_id], array[old.id, new.id]);
    return null;
end $$;

create trigger analytics_report_moved after update of framework_id on progress_report
    for each row when (old.framework_id is distinct from new.framework_id)
    execute function analytics_report_moved();
