-- Why: sign-in throttling read the failure count before checking the password and wrote it after, so 40
-- parallel guesses were all checked against a limit of 5; and it was kept per account only, so anyone could
-- lock anyone out with five wrong passwords (issue 7). Attempts are now counted per account and client
-- address under a row lock before the password is checked; next_check_at slows down clients whose address
-- is unknown instead of locking them.
drop table login_throttle;

create table sign_in_throttle (
    username      text        not null,
    client        text        not null,
    attempts      int         not null check (attempts >= 0),
    window_start  timestamptz not null,
    next_check_at timestamptz,
    primary key (username, client)
);
