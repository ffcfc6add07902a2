-- Why: no verified traffic-light scale exists for the roadmaps (domain notes, section 2.4), so each framework's
-- secretariat sets its own: ordered levels from best to worst, each reached from a minimum progress from
-- baseline toward target. A framework without rows uses the built-in default scale.

create table status_scale_level (
    framework_code text    not null references framework (code) on update cascade on delete cascade,
    position       int     not null check (position >= 0),
    code           text    not null check (code ~ '^[a-z][a-z0-9_]{0,29}$' and code <> 'no_data'),
    label          text    check (label is null or length(label) between 1 and 60),
    min_progress   numeric,
    colour         text    not null check (colour in ('GREEN', 'TEAL', 'AMBER', 'RED', 'GREY')),
    primary key (framework_code, position),
    unique (framework_code, code)
);
