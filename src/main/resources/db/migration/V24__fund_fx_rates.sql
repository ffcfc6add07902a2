-- Why: USD rates were one table shared by every fund yet writable by any fund's administrator, so the
-- administrator of one fund could set the rate another fund's deposits are booked at (issue 7). A rate now
-- belongs to the fund whose postings use it and records who entered it and when; a ledger entry records
-- where its USD rate came from (given with the posting, or the fund's rate table) and who entered it.

alter table fx_rate drop constraint fx_rate_pkey;
alter table fx_rate add column fund_code  text references fund (code);
alter table fx_rate add column entered_by text;
alter table fx_rate add column entered_at timestamptz;

-- Every fund read the shared rates until now: each keeps its own copy of them, so no booking changes.
insert into fx_rate (fund_code, currency, rate_date, usd_rate, entered_by, entered_at)
select f.code, r.currency, r.rate_date, r.usd_rate, null, null
from fx_rate r cross join fund f
where r.fund_code is null;
delete from fx_rate where fund_code is null;

alter table fx_rate alter column fund_code set not null;
alter table fx_rate add primary key (fund_code, currency, rate_date);

-- Where the USD rate of an entry came from: 'POSTING' (given with it), 'TABLE' (the fund's rate of the
-- day) or null (an amount in USD, or an entry written before this was recorded).
alter table ledger_entry add column rate_source     text check (rate_source in ('POSTING', 'TABLE'));
alter table ledger_entry add column rate_entered_by text;
alter table ledger_entry add column rate_entered_at timestamptz;
