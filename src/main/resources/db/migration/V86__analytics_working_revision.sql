-- Why: the public's analytics answers and dashboard parts are kept under the revisions of what they are made of
-- (V65, ADR 0007), but nothing named the working values, so the secretariat and each jurisdiction's people had their
-- answers computed again on every call (issue #11, the global tier: the KPI matrix about 0.4 s, the dashboard 0.5 s).
-- working_revision names everything the working view reads besides the definitions and the published values: the
-- working copies of reports (data_value), which reports there are and in which state (progress_report), the reporting
-- calendar (reporting_period) and the evidence records the derived indicators are computed from. Any committed write
-- of those moves it, in the writing transaction, so an answer kept under a revision is exactly what a reader of that
-- revision would compute (see docs/adr/0013-working-answers-kept-by-revision.md).
--
-- One counter for the whole platform, moved at commit, not when the statement runs: a statement-level trigger notes
-- that its transaction wrote (one row per transaction in working_write, ON CONFLICT DO NOTHING), and a deferred
-- constraint trigger on that row adds one to the counter as the transaction commits. The counter's row lock is held
-- only from that moment to the commit's end, so a long import never makes the drafts of other jurisdictions wait for
-- it, and two commits still bump in commit order. A transaction that rolls back moves nothing.

create table working_revision (
    id       int    primary key check (id = 0),
    revision bigint not null
);
insert into working_revision (id, revision) values (0, 0);

create table working_write (
    txid xid8 primary key
);

create function working_written() returns trigger language plpgsql as $$
begin
    insert into working_write (txid) values (pg_current_xact_id()) on conflict do nothing;
    return null;
end $$;

create function working_bump() returns trigger language plpgsql as $$
begin
    insert into working_revision (id, revision) values (0, 1)
    on conflict (id) do update set revision = working_revision.revision + 1;
    delete from working_write where txid = new.txid;
    return null;
end $$;

create constraint trigger working_bump after insert on working_write
    deferrable initially deferred for each row execute function working_bump();

-- The tables the working view reads (VisibleValues.working, ReadableReports, ReportingCalendar, Measures);
-- WorkingRevisionTest checks that every table Measures reads is here.
create trigger working_written after insert or update or delete or truncate on data_value
    for each statement execute function working_written();
create trigger working_written after insert or update or delete or truncate on progress_report
    for each statement execute function working_written();
create trigger working_written after insert or update or delete or truncate on reporting_period
    for each statement execute function working_written();
create trigger working_written after insert or update or delete or truncate on arms_event
    for each statement execute function working_written();
create trigger working_written after insert or update or delete or truncate on weapon_item
    for each statement execute function working_written();
create trigger working_written after insert or update or delete or truncate on weapon_item_count
    for each statement execute function working_written();
create trigger working_written after insert or update or delete or truncate on destruction
    for each statement execute function working_written();
create trigger working_written after insert or update or delete or truncate on incident
    for each statement execute function working_written();
create trigger working_written after insert or update or delete or truncate on incident_person
    for each statement execute function working_written();
create trigger working_written after insert or update or delete or truncate on incident_weapon
    for each statement execute function working_written();
create trigger working_written after insert or update or delete or truncate on training
    for each statement execute function working_written();
