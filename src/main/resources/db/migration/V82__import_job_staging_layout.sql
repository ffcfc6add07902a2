-- Why: a job staged by one version of Roadmap Monitor and resumed by another (a deploy between the upload and
-- the merge, or a node restarted on a newer version) read staged rows whose columns or meaning had changed: it
-- failed three times, then ended FAILED with an obscure reason (issue #10). The job now records the layout of
-- its staging table; a worker that finds another layout than its own fails the job at once, with a reason the
-- uploader can act on, and stores nothing. Jobs staged before this column existed have none: they count as
-- staged by an earlier version.
alter table evidence_import_job add column staging_layout text;
