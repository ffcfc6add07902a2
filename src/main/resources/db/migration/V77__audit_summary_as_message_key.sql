-- Audit summaries were stored as English sentences, which French and Spanish readers then read in English.
-- A change's summary is now a message key with its arguments, rendered in the reader's language; rows
-- written before keep their sentence in `summary` (the table is append-only, so they are shown as written).
alter table audit_event
    add column summary_key  text,
    add column summary_args jsonb,
    alter column summary drop not null,
    add constraint audit_event_has_a_summary check (summary is not null or summary_key is not null);
