-- Why: KPIs and SDG 16.4.2 must come from the records behind them (arms seized, found or surrendered and
-- their weapons with the ITI marking fields, tracing, destructions, stockpiles, firearm incidents with
-- victims and perpetrators, trainings), recorded once per jurisdiction and counted by weapon, not by event.
-- Sized for ~10 M weapon items: indexes follow the queries (a jurisdiction's events by date, an event's
-- items); partitioning by year is deferred (docs/adr/0006-evidence.md).

create table weapon_category (
    code        text primary key,
    weapon_class text not null check (weapon_class in ('SMALL_ARM', 'LIGHT_WEAPON')),
    position    int  not null
);
insert into weapon_category (code, weapon_class, position) values
    ('REVOLVER', 'SMALL_ARM', 1), ('PISTOL', 'SMALL_ARM', 2), ('RIFLE', 'SMALL_ARM', 3),
    ('CARBINE', 'SMALL_ARM', 4), ('SHOTGUN', 'SMALL_ARM', 5), ('SUBMACHINE_GUN', 'SMALL_ARM', 6),
    ('ASSAULT_RIFLE', 'SMALL_ARM', 7), ('LIGHT_MACHINE_GUN', 'SMALL_ARM', 8), ('OTHER_SMALL_ARM', 'SMALL_ARM', 9),
    ('HEAVY_MACHINE_GUN', 'LIGHT_WEAPON', 10), ('GRENADE_LAUNCHER', 'LIGHT_WEAPON', 11),
    ('RECOILLESS_GUN', 'LIGHT_WEAPON', 12), ('ANTI_TANK_WEAPON', 'LIGHT_WEAPON', 13), ('MANPADS', 'LIGHT_WEAPON', 14),
    ('MORTAR', 'LIGHT_WEAPON', 15), ('OTHER_LIGHT_WEAPON', 'LIGHT_WEAPON', 16);

-- True when the text is a real calendar date written YYYY-MM-DD (imports check text before casting it).
create function evidence_is_date(t text) returns boolean
    language sql immutable parallel safe
as $$
    select case
        when t !~ '^[1-9][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$' then false
        else substr(t, 9, 2)::int <= extract(day from make_date(substr(t, 1, 4)::int, substr(t, 6, 2)::int, 1)
                                                     + interval '1 month' - interval '1 day')
    end
$$;

create table arms_event (
    id                bigserial primary key,
    jurisdiction_code text        not null references jurisdiction (code),
    event_ref         text        not null check (length(event_ref) between 1 and 100),
    event_type        text        not null check (event_type in ('SEIZED', 'FOUND', 'SURRENDERED')),
    criminal_offence  boolean,
    event_date        date        not null,
    agency            text,
    municipality      text,
    latitude          numeric(9, 6) check (latitude between -90 and 90),
    longitude         numeric(9, 6) check (longitude between -180 and 180),
    campaign          text,
    import_job_id     bigint,
    updated_at        timestamptz not null default now(),
    updated_by        text        not null,
    demo              boolean     not null default false,
    unique (jurisdiction_code, event_ref),
    -- Only a seizure is in relation to a criminal offence or an administrative violation.
    check ((event_type = 'SEIZED') = (criminal_offence is not null))
);
create index arms_event_place_time on arms_event (jurisdiction_code, event_date);

create table weapon_item (
    id                     bigserial primary key,
    event_id               bigint  not null references arms_event (id) on delete cascade,
    -- The serial number, or '#<line>' of the import row for an item that has none: what makes a second
    -- import of the same file update rather than duplicate.
    item_key               text    not null,
    category               text    not null references weapon_category (code),
    manufacturer           text,
    country_of_manufacture text,
    serial_number          text,
    model                  text,
    calibre                text,
    year_of_manufacture    smallint check (year_of_manufacture between 1300 and 2200),
    import_marking         text,
    marking_status         text    not null check (marking_status in ('UNIQUELY_MARKED', 'UNMARKED', 'ALTERED')),
    conversion             text    not null default 'NONE' check (conversion in ('NONE', 'CONVERTED', 'GAS_ALARM')),
    antique                boolean not null default false,
    legal_status           text    check (legal_status in ('ILLEGAL_POSSESSION', 'LEGALLY_HELD', 'UNKNOWN')),
    disposition            text    not null default 'STORED' check (disposition in ('STORED', 'DESTROYED', 'RETURNED')),
    destroyed_on           date,
    tracing_status         text    not null default 'NOT_ATTEMPTED'
                                   check (tracing_status in ('TRACED', 'PENDING', 'INSUFFICIENT_INFORMATION', 'NOT_ATTEMPTED')),
    origin_established     boolean not null default false,
    origin_method          text    check (origin_method in ('TRACING', 'COMPETENT_AUTHORITY')),
    point_of_diversion     text,
    last_legal_record      text,
    import_job_id          bigint,
    unique (event_id, item_key),
    check (origin_established = (origin_method is not null)),
    check ((disposition = 'DESTROYED') = (destroyed_on is not null))
);

-- Ammunition, parts, components and explosives: counted, never weapons, never in SDG 16.4.2.
create table counted_item (
    id          bigserial primary key,
    event_id    bigint  not null references arms_event (id) on delete cascade,
    kind        text    not null check (kind in ('AMMUNITION', 'PART', 'EXPLOSIVE')),
    description text    not null,
    calibre     text,
    quantity    bigint  not null check (quantity > 0),
    line_key    text    not null,
    unique (event_id, line_key)
);

create table tracing_request (
    id                 bigserial primary key,
    weapon_item_id     bigint not null references weapon_item (id) on delete cascade,
    request_ref        text   not null,
    scope              text   not null check (scope in ('NATIONAL', 'INTERNATIONAL')),
    channel            text   not null check (channel in ('NATIONAL_REGISTRY', 'INTERPOL_IARMS', 'STATE', 'MANUFACTURER')),
    requesting_party   text   not null,
    requested_party    text   not null,
    sent_on            date   not null,
    acknowledged_on    date,
    answered_on        date,
    outcome            text   not null default 'PENDING'
                              check (outcome in ('TRACED', 'PENDING', 'INSUFFICIENT_INFORMATION', 'NOT_ATTEMPTED')),
    origin_established boolean not null default false,
    origin_method      text   check (origin_method in ('TRACING', 'COMPETENT_AUTHORITY')),
    point_of_diversion text,
    last_legal_record  text,
    unique (weapon_item_id, request_ref),
    check (acknowledged_on is null or acknowledged_on >= sent_on),
    check (answered_on is null or answered_on >= sent_on)
);
create index tracing_request_open on tracing_request (sent_on) where answered_on is null;

-- Days within which a tracing request should be answered, per framework (the ITI sets no number).
create table tracing_response_time (
    framework_code text primary key,
    days           int not null check (days between 1 and 3650)
);

create table destruction (
    id                bigserial primary key,
    jurisdiction_code text   not null references jurisdiction (code),
    destruction_ref   text   not null,
    destroyed_on      date   not null,
    method            text   not null check (method in ('CUTTING', 'CRUSHING', 'SMELTING', 'SHREDDING', 'DETONATION',
                                                        'BURNING', 'OTHER')),
    small_arms        int    not null default 0 check (small_arms >= 0),
    light_weapons     int    not null default 0 check (light_weapons >= 0),
    ammunition_rounds bigint not null default 0 check (ammunition_rounds >= 0),
    explosives_kg     numeric(12, 3) not null default 0 check (explosives_kg >= 0),
    location          text,
    updated_at        timestamptz not null default now(),
    updated_by        text   not null,
    demo              boolean not null default false,
    unique (jurisdiction_code, destruction_ref)
);
create index destruction_place_time on destruction (jurisdiction_code, destroyed_on);
create table destruction_item (
    destruction_id bigint not null references destruction (id) on delete cascade,
    weapon_item_id bigint not null references weapon_item (id) on delete cascade,
    primary key (destruction_id, weapon_item_id)
);

create table stockpile_site (
    id                bigserial primary key,
    jurisdiction_code text not null references jurisdiction (code),
    site_ref          text not null,
    name              text not null,
    owner_agency      text not null,
    municipality      text,
    site_type         text not null check (site_type in ('WEAPONS', 'AMMUNITION', 'MIXED')),
    capacity_tonnes   numeric(12, 3),
    updated_at        timestamptz not null default now(),
    updated_by        text not null,
    demo              boolean not null default false,
    unique (jurisdiction_code, site_ref)
);
create table stockpile_inspection (
    id           bigserial primary key,
    site_id      bigint not null references stockpile_site (id) on delete cascade,
    inspected_on date   not null,
    inspector    text   not null,
    outcome      text   not null check (outcome in ('COMPLIANT', 'MINOR_FINDINGS', 'MAJOR_FINDINGS', 'CLOSED')),
    findings     text,
    unique (site_id, inspected_on)
);

create table incident (
    id                bigserial primary key,
    jurisdiction_code text        not null references jurisdiction (code),
    incident_ref      text        not null,
    occurred_on       date        not null,
    incident_type     text        not null check (incident_type in ('WEAPON_SEIZURE', 'CRIMINAL', 'PUBLIC_DISPUTE',
                          'DOMESTIC_VIOLENCE', 'CELEBRATORY_SHOOTING', 'UNDETERMINED_SHOOTING', 'SUICIDE',
                          'PYROTECHNICS_SEIZURE', 'ACCIDENT', 'OTHER')),
    context           text        check (context in ('ORGANISED_CRIME', 'ARMED_ROBBERY', 'INTIMATE_PARTNER', 'FAMILY',
                                                     'OTHER')),
    municipality      text,
    settlement_type   text        check (settlement_type in ('URBAN', 'RURAL', 'UNKNOWN')),
    location_type     text        check (location_type in ('HOME', 'STREET', 'PUBLIC_VENUE', 'VEHICLE', 'OTHER')),
    sources           text,
    updated_at        timestamptz not null default now(),
    updated_by        text        not null,
    demo              boolean     not null default false,
    unique (jurisdiction_code, incident_ref)
);
create index incident_place_time on incident (jurisdiction_code, occurred_on);
create table incident_weapon (
    id           bigserial primary key,
    incident_id  bigint not null references incident (id) on delete cascade,
    weapon_type  text   not null check (weapon_type in ('HANDGUN', 'RIFLE_SHOTGUN', 'AUTOMATIC', 'EXPLOSIVE',
                                                         'GAS_PISTOL', 'AIR_GUN', 'OTHER')),
    weapon_count int    not null check (weapon_count > 0),
    legal_status text   not null check (legal_status in ('ILLEGAL_POSSESSION', 'LEGALLY_HELD', 'UNKNOWN'))
);
create index incident_weapon_incident on incident_weapon (incident_id);
create table incident_person (
    id          bigserial primary key,
    incident_id bigint not null references incident (id) on delete cascade,
    role        text   not null check (role in ('VICTIM', 'PERPETRATOR', 'CO_PERPETRATOR', 'INSTIGATOR', 'ACCOMPLICE')),
    sex         text   not null check (sex in ('FEMALE', 'MALE', 'UNKNOWN')),
    age_group   text   not null check (age_group in ('0-18', '19-35', '36-60', '61+', 'UNKNOWN')),
    outcome     text   check (outcome in ('KILLED', 'INJURED', 'THREATENED', 'SUICIDE', 'UNHARMED'))
);
create index incident_person_incident on incident_person (incident_id);

create table training (
    id                   bigserial primary key,
    jurisdiction_code    text not null references jurisdiction (code),
    training_ref         text not null,
    title                text not null,
    topic                text not null check (topic in ('MARKING_RECORD_KEEPING', 'TRACING', 'STOCKPILE_MANAGEMENT',
                             'INVESTIGATION', 'BORDER_CONTROL', 'GENDER', 'DESTRUCTION', 'OTHER')),
    organiser            text,
    started_on           date not null,
    ended_on             date not null,
    participants_female  int  not null default 0 check (participants_female >= 0),
    participants_male    int  not null default 0 check (participants_male >= 0),
    participants_unknown int  not null default 0 check (participants_unknown >= 0),
    updated_at           timestamptz not null default now(),
    updated_by           text not null,
    demo                 boolean not null default false,
    unique (jurisdiction_code, training_ref),
    check (ended_on >= started_on)
);
create index training_place_time on training (jurisdiction_code, started_on);
