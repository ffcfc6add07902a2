-- Why: every attempt is counted before its password is checked (V25), so six parallel sign-ins with the right
-- password (a script using HTTP Basic) were refused as "too many failed sign-ins" although none had failed: the
-- sixth was counted against five checks still in flight. `pending` counts the checks in flight; an attempt that
-- only in-flight checks would push past the limit waits for them (a success clears the count) instead of being
-- refused, and is never counted while it waits.
alter table sign_in_throttle add column pending int not null default 0 check (pending >= 0);
