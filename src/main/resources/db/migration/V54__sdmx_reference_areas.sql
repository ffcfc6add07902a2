-- Why: SDG series sent to the UN name a country by its UN M49 numeric code (SDMX REF_AREA), which the
-- jurisdictions do not carry (they hold ISO alpha-2). Keyed by the alpha-2 code rather than the jurisdiction,
-- because jurisdictions are loaded after the migrations; only UN Member States have one that is used (Kosovo
-- has no M49 code, and Montserrat's is never used since it is not a Member State). Source: UNSD M49
-- (https://unstats.un.org/unsd/methodology/m49/), where country codes equal ISO 3166-1 numeric.
create table sdmx_reference_area (
    iso_alpha2 text primary key check (iso_alpha2 ~ '^[A-Z]{2}$'),
    m49        text not null unique check (m49 ~ '^[0-9]{3}$')
);

insert into sdmx_reference_area (iso_alpha2, m49) values
    ('AL', '008'), ('BA', '070'), ('ME', '499'), ('MK', '807'), ('RS', '688'), ('MD', '498'),
    ('AG', '028'), ('BS', '044'), ('BB', '052'), ('DM', '212'), ('GD', '308'), ('GY', '328'), ('HT', '332'),
    ('JM', '388'), ('MS', '500'), ('KN', '659'), ('LC', '662'), ('VC', '670'), ('SR', '740'), ('TT', '780'),
    ('DO', '214'), ('BZ', '084'), ('CR', '188'), ('SV', '222'), ('GT', '320'), ('HN', '340'), ('PA', '591');
