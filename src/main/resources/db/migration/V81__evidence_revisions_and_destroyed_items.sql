-- Why: the records API's PUT and DELETE take If-Match, like every other write to an existing resource (issue
-- #10, ADR 6 "what remains" 3): each record carries a revision that every write of it raises by one (the API,
-- the record pages, the imports' upserts, a destruction linking a weapon), its ETag on GET; a write naming an
-- older revision changes nothing (412). A constant default: no table rewrite, even at 10 M weapon items.
alter table arms_event add column revision bigint not null default 1;
alter table weapon_item add column revision bigint not null default 1;
alter table counted_item add column revision bigint not null default 1;
alter table tracing_request add column revision bigint not null default 1;
alter table destruction add column revision bigint not null default 1;
alter table stockpile_site add column revision bigint not null default 1;
alter table incident add column revision bigint not null default 1;
alter table training add column revision bigint not null default 1;

-- A destruction lists the weapons it destroyed (destruction_item, empty until now: nothing wrote it), and a weapon
-- is destroyed once: at most one destruction lists it. The index also serves what looks a weapon's destruction up
-- (the record pages' choice of weapons, the import keeping a listed weapon destroyed, the cascade when a weapon
-- is deleted), which the primary key (destruction first) cannot.
create unique index destruction_item_weapon on destruction_item (weapon_item_id);
