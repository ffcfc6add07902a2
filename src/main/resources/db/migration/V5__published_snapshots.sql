-- Why: once published, a report's figures are cited by donors and the public; reopening it for a correction
-- must not make them disappear. Publication keeps a copy of the values and narratives, which everyone reads
-- until the report is published again.

create table report_publication (
    report_id    bigint      primary key references progress_report (id) on delete cascade,
    published_at timestamptz not null,
    narratives   jsonb       not null default '{}'
);

create table published_value (
    report_id          bigint  not null references progress_report (id) on delete cascade,
    indicator_id       bigint  not null references indicator (id),
    jurisdiction_code  text    not null,
    period_code        text    not null,
    period_start       date    not null,
    period_end         date    not null,
    disaggregation_key text    not null,
    value              numeric,
    numerator          numeric,
    denominator        numeric,
    text_value         text,
    comment            text,
    primary key (report_id, indicator_id, disaggregation_key)
);
create index published_value_indicator_time on published_value (indicator_id, period_start);

-- Reports published before this migration get their copy now.
insert into report_publication (report_id, published_at)
select id, coalesce(published_at, updated_at) from progress_report where state = 'PUBLISHED';
insert into published_value (report_id, indicator_id, jurisdiction_code, period_code, period_start, period_end,
                             disaggregation_key, value, numerator, denominator, text_value, comment)
select d.report_id, d.indicator_id, d.jurisdiction_code, d.period_code, d.period_start, d.period_end,
       d.disaggregation_key, d.value, d.numerator, d.denominator, d.text_value, d.comment
from data_value d join progress_report r on r.id = d.report_id where r.state = 'PUBLISHED';
update report_publication p set narratives = coalesce((
    select jsonb_object_agg(n.objective_code, jsonb_build_object('objective', n.objective_code, 'progress', n.progress, 'challenges', n.challenges,
                                                                 'supportNeeded', n.support_needed))
    from report_narrative n where n.report_id = p.report_id), '{}');
