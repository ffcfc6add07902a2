-- Why: the secretariat's analytics and dashboards compute evidence:weapons_recovered live for every working report
-- (issue #11 point 5: current the moment a record is saved). Counted from the records, the global tier's 212 working
-- reports join 91,000 events to 275,000 weapon items on every request (0.8 s on an idle machine). Counted by month,
-- the same answer is a few thousand rows. See docs/adr/0012-weapon-item-counts-kept-by-trigger.md.
--
-- Every statement that adds, removes or moves weapon items (or changes what an item is counted under: its event's
-- jurisdiction, date or type, its category, a category's class) appends its net change here, in its own transaction:
-- a reader's snapshot sees the counts of exactly the records it sees. Rows are only appended (deltas, +n or -n),
-- never updated, so concurrent writers never wait on a count row and never deadlock on one; a count is the sum of its
-- rows. No item is counted under a place its event has already left by a concurrent transaction: an added item holds
-- its event and category locked FOR KEY SHARE (its foreign keys' check), which a move of the event or a change of the
-- class waits for (FOR UPDATE) before counting the items it moves; an item removed or moved locks its events and
-- categories FOR SHARE, which such a move waits for too.
create table weapon_item_count (
    jurisdiction_code text   not null,
    month             date   not null check (extract(day from month) = 1),
    event_type        text   not null,
    weapon_class      text   not null,
    items             bigint not null
);
create index weapon_item_count_place_month on weapon_item_count (jurisdiction_code, month);

insert into weapon_item_count (jurisdiction_code, month, event_type, weapon_class, items)
select e.jurisdiction_code, date_trunc('month', e.event_date)::date, e.event_type, wc.weapon_class, count(*)
from weapon_item w join arms_event e on e.id = w.event_id join weapon_category wc on wc.code = w.category
group by 1, 2, 3, 4;

-- Notes the items (event, category, +1 or -1 each) one statement on weapon_item removed or moved: each under its
-- event's place and its category's class as they are now, both locked (FOR SHARE, in key order) until this
-- transaction ends, so that no concurrent move of the event or change of the class can miss an item not yet committed.
-- An item whose event is already gone (deleted with its event, by the cascade) finds none here: the event's own
-- trigger below counted it out before the cascade.
create function weapon_item_count_note(events bigint[], categories text[], signs int[]) returns void
language sql as $$
    insert into weapon_item_count (jurisdiction_code, month, event_type, weapon_class, items)
    select e.jurisdiction_code, date_trunc('month', e.event_date)::date, e.event_type, wc.weapon_class, sum(c.sign)
    from unnest(events, categories, signs) c(event_id, category, sign)
    join (select id, jurisdiction_code, event_date, event_type from arms_event
          where id = any(events) order by id for share) e on e.id = c.event_id
    join (select code, weapon_class from weapon_category
          where code = any(categories) order by code for share) wc on wc.code = c.category
    group by 1, 2, 3, 4
    having sum(c.sign) <> 0
$$;

create function weapon_item_count_items() returns trigger language plpgsql as $$
declare
    es bigint[];
    cs text[];
    ss int[];
begin
    if tg_op = 'TRUNCATE' then
        delete from weapon_item_count;
        return null;
    elsif tg_op = 'INSERT' then
        -- No lock taken here: the foreign keys' check has locked each item's event and category (FOR KEY SHARE) until
        -- this transaction ends, and a move of either waits for that (FOR UPDATE) before it counts what it moves.
        -- The imports' path: 300,000 items took 5.7 s so, 10.1 s through the locking function, 4.1 s untracked.
        insert into weapon_item_count (jurisdiction_code, month, event_type, weapon_class, items)
        select e.jurisdiction_code, date_trunc('month', e.event_date)::date, e.event_type, wc.weapon_class, count(*)
        from new_items n join arms_event e on e.id = n.event_id join weapon_category wc on wc.code = n.category
        group by 1, 2, 3, 4;
        return null;
    elsif tg_op = 'DELETE' then
        select array_agg(event_id), array_agg(category), array_agg(-1) into es, cs, ss from old_items;
    else
        -- only the items whose event or category changed (a tracing status or a serial number counts the same)
        select array_agg(c.event_id), array_agg(c.category), array_agg(c.sign) into es, cs, ss
        from (select o.event_id, o.category, -1 as sign from old_items o join new_items n on n.id = o.id
              where (o.event_id, o.category) is distinct from (n.event_id, n.category)
              union all
              select n.event_id, n.category, 1 from old_items o join new_items n on n.id = o.id
              where (o.event_id, o.category) is distinct from (n.event_id, n.category)) c;
    end if;
    if es is not null then
        perform weapon_item_count_note(es, cs, ss);
    end if;
    return null;
end $$;

create trigger weapon_item_counted_in after insert on weapon_item
    referencing new table as new_items for each statement execute function weapon_item_count_items();
create trigger weapon_item_counted_out after delete on weapon_item
    referencing old table as old_items for each statement execute function weapon_item_count_items();
create trigger weapon_item_counted_again after update on weapon_item
    referencing old table as old_items new table as new_items
    for each statement execute function weapon_item_count_items();
create trigger weapon_item_counts_truncated after truncate on weapon_item
    for each statement execute function weapon_item_count_items();

-- An event that moves (jurisdiction, date or type) moves its items' counts: out of the old place, into the new one.
create function weapon_item_count_events() returns trigger language plpgsql as $$
begin
    -- First wait for the transactions adding items to the moved events (their foreign keys' FOR KEY SHARE): the next
    -- statement's snapshot then holds their items, and an item added later finds the event where it moved to.
    perform 1 from arms_event
    where id in (select n.id from old_events o join new_events n on n.id = o.id
                 where (o.jurisdiction_code, o.event_date, o.event_type) is distinct from
                       (n.jurisdiction_code, n.event_date, n.event_type))
    order by id for update;
    insert into weapon_item_count (jurisdiction_code, month, event_type, weapon_class, items)
    select c.jurisdiction_code, c.month, c.event_type, wc.weapon_class, sum(c.sign)
    from (select o.id, o.jurisdiction_code, date_trunc('month', o.event_date)::date as month, o.event_type, -1 as sign
          from old_events o join new_events n on n.id = o.id
          where (o.jurisdiction_code, o.event_date, o.event_type) is distinct from
                (n.jurisdiction_code, n.event_date, n.event_type)
          union all
          select n.id, n.jurisdiction_code, date_trunc('month', n.event_date)::date, n.event_type, 1
          from old_events o join new_events n on n.id = o.id
          where (o.jurisdiction_code, o.event_date, o.event_type) is distinct from
                (n.jurisdiction_code, n.event_date, n.event_type)) c
    join weapon_item w on w.event_id = c.id
    join (select code, weapon_class from weapon_category order by code for share) wc on wc.code = w.category
    group by 1, 2, 3, 4
    having sum(c.sign) <> 0;
    return null;
end $$;

create trigger arms_event_counts_moved after update on arms_event
    referencing old table as old_events new table as new_events
    for each statement execute function weapon_item_count_events();

-- An event deleted takes its items with it (on delete cascade), after its own row is gone: its items are counted out
-- here, while they can still be read (the event's row is locked by now, so no item is being added to it).
create function weapon_item_count_event_deleted() returns trigger language plpgsql as $$
begin
    insert into weapon_item_count (jurisdiction_code, month, event_type, weapon_class, items)
    select old.jurisdiction_code, date_trunc('month', old.event_date)::date, old.event_type, wc.weapon_class, -count(*)
    from weapon_item w
    join (select code, weapon_class from weapon_category order by code for share) wc on wc.code = w.category
    where w.event_id = old.id
    group by wc.weapon_class;
    return old;
end $$;

create trigger arms_event_counted_out before delete on arms_event
    for each row execute function weapon_item_count_event_deleted();

create function weapon_item_count_all_gone() returns trigger language plpgsql as $$
begin
    delete from weapon_item_count;
    return null;
end $$;

create trigger arms_event_counts_truncated after truncate on arms_event
    for each statement execute function weapon_item_count_all_gone();

-- A category that changes class moves the counts of its items.
create function weapon_item_count_categories() returns trigger language plpgsql as $$
begin
    -- as for events: first wait for the transactions adding items of these categories
    perform 1 from weapon_category
    where code in (select n.code from old_categories o join new_categories n on n.code = o.code
                   where o.weapon_class <> n.weapon_class)
    order by code for update;
    insert into weapon_item_count (jurisdiction_code, month, event_type, weapon_class, items)
    select e.jurisdiction_code, date_trunc('month', e.event_date)::date, e.event_type, c.weapon_class, sum(c.sign)
    from (select o.code, o.weapon_class, -1 as sign from old_categories o join new_categories n on n.code = o.code
          where o.weapon_class <> n.weapon_class
          union all
          select n.code, n.weapon_class, 1 from old_categories o join new_categories n on n.code = o.code
          where o.weapon_class <> n.weapon_class) c
    join weapon_item w on w.category = c.code
    join (select id, jurisdiction_code, event_date, event_type from arms_event
          where id in (select event_id from weapon_item where category in (select code from new_categories))
          order by id for share) e on e.id = w.event_id
    group by 1, 2, 3, 4
    having sum(c.sign) <> 0;
    return null;
end $$;

create trigger weapon_category_counts_moved after update on weapon_category
    referencing old table as old_categories new table as new_categories
    for each statement execute function weapon_item_count_categories();
