-- Why: a regional progress report may cover a range of periods (its narratives from 2025S1 to 2025S2, with the
-- latest annual KPIs), and a kept publication can be issued again, in another format or language, from the very
-- inputs it was made from, so that it shows the same figures even after a published value has changed since.
alter table publication add column period_end_code text;
alter table publication add column reissue_of bigint references publication (id);
-- What the renderer read (its own JSON form), kept with the file and its figures.
alter table publication add column inputs jsonb;
