#!/bin/sh
# Issue #10, ADR 6 "what remains" 1: the fastest correct bulk path for a weapon-item file of NEW events, timed
# phase by phase in psql against a raw COPY of the same file (docs/benchmarks.md, "a partitioned bulk path,
# prototyped"). Prints each phase's CPU time of the PostgreSQL backend (from /proc, so it must run on the
# database's machine) and its wall time: on a shared, loaded machine the CPU time is the figure to compare.
#   docs/bench/import-bulk-prototype.sh [rows] [work dir]      (needs python3, psql, createdb; PG on 127.0.0.1)
# The scratch database imp_proto is created once, with arms_event as in V40 and weapon_item range-partitioned
# on event_id (a default partition for the standing rows, whose CHECK lets ATTACH skip scanning it), and
# filled with 1 M standing events and 3 M standing weapons. Every phase runs in a transaction rolled back.
set -eu
ROWS=${1:-1000000}
DIR=${2:-/tmp/imp}
DB=imp_proto
PSQL="psql -h 127.0.0.1 -U postgres -d $DB -q -v ON_ERROR_STOP=1"
B=1099511627776 # 2^40: the first id of the bulk id space
mkdir -p "$DIR"
cd "$DIR"

# The benchmark's file (WeaponItemFiles.row), and the rows the Java side would send for it once resolved:
# events with ids reserved from the bulk space, weapons with their event's id and item key.
if [ ! -f "f$ROWS.csv" ]; then
python3 - "$ROWS" "$B" <<'EOF'
import sys
n = int(sys.argv[1]); B = int(sys.argv[2]); prefix = "BENCH"
csv = open(f"f{n}.csv", "w"); ev = open(f"ev{n}.tsv", "w"); it = open(f"it{n}.tsv", "w")
csv.write("event_ref,event_type,criminal_offence,event_date,jurisdiction,agency,category,manufacturer,"
          "country_of_manufacture,serial_number,model,calibre,year_of_manufacture,marking_status,legal_status,"
          "antique,tracing_status,origin_established,origin_method\n")
for i in range(n):
    e = i // 3
    t = "SEIZED" if e % 3 == 0 else ("FOUND" if e % 3 == 1 else "SURRENDERED")
    c = ("true" if e % 2 == 0 else "false") if t == "SEIZED" else ""
    tr = i % 4 == 0
    sn = "" if i % 5 == 4 else f"SN{prefix}{i}"
    csv.write(f"{prefix}-{e},{t},{c},2023-0{1 + e % 9}-15,AL,Police,PISTOL,Zastava,RS,{sn},M70,7.65mm,1985,"
              f"UNIQUELY_MARKED,ILLEGAL_POSSESSION,false," + ("TRACED,true,TRACING" if tr else "PENDING,false,") + "\n")
    if i % 3 == 0:
        ev.write("\t".join([str(B + e), "AL", f"{prefix}-{e}", t, {"true": "t", "false": "f", "": "\\N"}[c],
                            f"2023-0{1 + e % 9}-15", "Police", "\\N", "1", "import"]) + "\n")
    it.write("\t".join([str(B + i), str(B + e), sn or f"#{i + 2}", "PISTOL", "Zastava", "RS", sn or "\\N", "M70",
                        "7.65mm", "1985", "UNIQUELY_MARKED", "ILLEGAL_POSSESSION", "f"]
                       + (["TRACED", "t", "TRACING"] if tr else ["PENDING", "f", "\\N"]) + ["1"]) + "\n")
EOF
fi

if ! psql -h 127.0.0.1 -U postgres -Atc "select 1 from pg_database where datname = '$DB'" | grep -q 1; then
createdb -h 127.0.0.1 -U postgres $DB
$PSQL <<'EOF'
create table jurisdiction (code text primary key);
insert into jurisdiction values ('AL'), ('RS'), ('BA');
create table arms_event (
    id bigserial primary key,
    jurisdiction_code text not null references jurisdiction (code),
    event_ref text not null check (length(event_ref) between 1 and 100),
    event_type text not null check (event_type in ('SEIZED', 'FOUND', 'SURRENDERED')),
    criminal_offence boolean, event_date date not null, agency text, municipality text,
    latitude numeric(9, 6) check (latitude between -90 and 90),
    longitude numeric(9, 6) check (longitude between -180 and 180),
    campaign text, import_job_id bigint, updated_at timestamptz not null default now(), updated_by text not null,
    demo boolean not null default false,
    unique (jurisdiction_code, event_ref),
    check ((event_type = 'SEIZED') = (criminal_offence is not null)));
create index arms_event_place_time on arms_event (jurisdiction_code, event_date);
create table weapon_item (
    id bigint not null,
    event_id bigint not null references arms_event (id) on delete cascade,
    item_key text not null,
    category text not null check (category in ('REVOLVER', 'PISTOL', 'RIFLE', 'CARBINE', 'SHOTGUN',
        'SUBMACHINE_GUN', 'ASSAULT_RIFLE', 'LIGHT_MACHINE_GUN', 'OTHER_SMALL_ARM', 'HEAVY_MACHINE_GUN',
        'GRENADE_LAUNCHER', 'RECOILLESS_GUN', 'ANTI_TANK_WEAPON', 'MANPADS', 'MORTAR', 'OTHER_LIGHT_WEAPON')),
    manufacturer text, country_of_manufacture text, serial_number text, model text, calibre text,
    year_of_manufacture smallint check (year_of_manufacture between 1300 and 2200), import_marking text,
    marking_status text not null check (marking_status in ('UNIQUELY_MARKED', 'UNMARKED', 'ALTERED')),
    conversion text not null default 'NONE' check (conversion in ('NONE', 'CONVERTED', 'GAS_ALARM')),
    antique boolean not null default false,
    legal_status text check (legal_status in ('ILLEGAL_POSSESSION', 'LEGALLY_HELD', 'UNKNOWN')),
    disposition text not null default 'STORED' check (disposition in ('STORED', 'DESTROYED', 'RETURNED')),
    destroyed_on date,
    tracing_status text not null default 'NOT_ATTEMPTED'
        check (tracing_status in ('TRACED', 'PENDING', 'INSUFFICIENT_INFORMATION', 'NOT_ATTEMPTED')),
    origin_established boolean not null default false,
    origin_method text check (origin_method in ('TRACING', 'COMPETENT_AUTHORITY')),
    point_of_diversion text, last_legal_record text, import_job_id bigint,
    primary key (event_id, id),
    unique (event_id, item_key),
    check (origin_established = (origin_method is not null)),
    check ((disposition = 'DESTROYED') = (destroyed_on is not null))
) partition by range (event_id);
create table weapon_item_std partition of weapon_item default;
alter table weapon_item_std add constraint weapon_item_std_space check (event_id < 1099511627776);
insert into arms_event (jurisdiction_code, event_ref, event_type, criminal_offence, event_date, updated_by)
    select 'RS', 'OLD-' || g, 'FOUND', null, date '2020-01-01' + (g % 1000), 'x' from generate_series(1, 1000000) g;
insert into weapon_item (id, event_id, item_key, category, marking_status)
    select g, (g - 1) / 3 + 1, 'K' || g, 'PISTOL', 'UNIQUELY_MARKED' from generate_series(1, 3000000) g;
vacuum analyze;
EOF
fi

EVENTS=$(( (ROWS + 2) / 3 ))
HI=$(( B + EVENTS ))
cat > cpu.sh <<'EOF'
#!/bin/sh
echo "CPU $1 $(awk '{print $14+$15}' /proc/$BPID/stat) $(date +%s%3N)"
EOF
chmod +x cpu.sh
EVCOLS="id, jurisdiction_code, event_ref, event_type, criminal_offence, event_date, agency, municipality, import_job_id, updated_by"
ITCOLS="id, event_id, item_key, category, manufacturer, country_of_manufacture, serial_number, model, calibre, year_of_manufacture, marking_status, legal_status, antique, tracing_status, origin_established, origin_method, import_job_id"
uptime
$PSQL <<EOF | awk '/^CPU/ { if (p && $2 != "-") printf "%-58s cpu %6.2f s  wall %7.2f s\n", $2, ($3 - c) / 100, ($4 - w) / 1000; c = $3; w = $4; p = 1 }'
select pg_backend_pid() as pid \gset
\setenv BPID :pid
checkpoint;
\! ./cpu.sh -
drop table if exists bench_raw;
create table bench_raw (event_ref text, event_type text, criminal_offence text, event_date text, jurisdiction text, agency text, category text, manufacturer text, country_of_manufacture text, serial_number text, model text, calibre text, year_of_manufacture text, marking_status text, legal_status text, antique text, tracing_status text, origin_established text, origin_method text);
\copy bench_raw from 'f$ROWS.csv' (format csv, header true)
\! ./cpu.sh baseline:raw_COPY_of_the_file_into_a_text_table
drop table bench_raw;
checkpoint;
\! ./cpu.sh -
begin;
create table ev_new (like arms_event including defaults including constraints);
\copy ev_new ($EVCOLS) from 'ev$ROWS.tsv'
\! ./cpu.sh A1:events_COPY_into_a_fresh_table
alter table ev_new add primary key (id);
alter table ev_new add unique (jurisdiction_code, event_ref);
create index on ev_new (jurisdiction_code, event_date);
\! ./cpu.sh A2:events_three_indexes_built
select count(*) from ev_new n join arms_event a using (jurisdiction_code, event_ref);
select count(*) from ev_new n where not exists (select 1 from jurisdiction j where j.code = n.jurisdiction_code);
\! ./cpu.sh A3:no_existing_event_and_jurisdictions_by_joins
create table wi_new (like weapon_item including defaults including constraints);
\copy wi_new ($ITCOLS) from 'it$ROWS.tsv'
\! ./cpu.sh A4:weapons_COPY_into_a_fresh_table
alter table wi_new add primary key (event_id, id);
\! ./cpu.sh A5:weapons_primary_key_built
alter table wi_new add unique (event_id, item_key);
\! ./cpu.sh A6:weapons_unique_key_built
alter table wi_new add constraint wi_new_bound check (event_id >= $B and event_id < $HI);
\! ./cpu.sh A7:partition_bound_CHECK_validated
select count(*) from wi_new w where not exists (select 1 from ev_new e where e.id = w.event_id);
\! ./cpu.sh A8:weapons_event_key_checked_by_one_join
rollback;
checkpoint;
\! ./cpu.sh -
begin;
\copy arms_event ($EVCOLS) from 'ev$ROWS.tsv'
\! ./cpu.sh B1:events_COPY_into_arms_event,_indexed
create table wi_new (like weapon_item including defaults including constraints);
\copy wi_new ($ITCOLS) from 'it$ROWS.tsv'
alter table wi_new add primary key (event_id, id);
alter table wi_new add unique (event_id, item_key);
alter table wi_new add constraint wi_new_bound check (event_id >= $B and event_id < $HI);
\! ./cpu.sh B2:weapons_fresh_table:_COPY,_keys,_CHECK_as_A4-A7
alter table weapon_item attach partition wi_new for values from ($B) to ($HI);
\! ./cpu.sh B3:ATTACH_PARTITION,_validating_the_foreign_key
rollback;
EOF
uptime
