-- Why: Kosovo's designation footnote is worded by whoever publishes: UN bodies, UNDP and SEESAC write "in the
-- context of Security Council resolution 1244 (1999)", the EU writes "without prejudice to positions on
-- status ... ICJ Opinion". Each framework or fund chooses its wording (UN unless it says otherwise; the EU
-- Action Plan says EU), in English, French and Spanish. And only UN Member States file PoA/ITI reports and
-- appear in SDG series: Kosovo and Montserrat take part in roadmap reporting and regional figures, never there.

alter table jurisdiction add column un_member boolean;
comment on column jurisdiction.un_member is 'whether a UN Member State; null for regions and sub-units (a sub-unit follows its parent)';
update jurisdiction set un_member = (code not in ('XK', 'MS')) where kind = 'JURISDICTION';

create table designation_footnote (
    jurisdiction_code text not null references jurisdiction (code),
    convention        text not null check (convention in ('UN', 'EU')),
    language          text not null check (language in ('en', 'fr', 'es')),
    text              text not null check (length(trim(text)) > 0),
    primary key (jurisdiction_code, convention, language)
);

-- Which wording a framework or a fund prints; without a row, the UN's.
create table designation_choice (
    owner_kind  text not null check (owner_kind in ('FRAMEWORK', 'FUND')),
    owner_code  text not null,
    convention  text not null check (convention in ('UN', 'EU')),
    primary key (owner_kind, owner_code)
);
insert into designation_choice (owner_kind, owner_code, convention) values ('FRAMEWORK', 'EU-FIREARMS-ACTION-PLAN', 'EU');

-- On a new installation the table is still empty here and the seeder loads the same texts.
insert into designation_footnote (jurisdiction_code, convention, language, text)
select j.code, t.convention, t.language, t.text
from jurisdiction j
cross join (values
    ('UN', 'en', 'References to Kosovo shall be understood to be in the context of Security Council resolution 1244 (1999).'),
    ('UN', 'fr', 'Toute référence au Kosovo doit s''entendre dans le contexte de la résolution 1244 (1999) du Conseil de sécurité.'),
    ('UN', 'es', 'Toda referencia a Kosovo debe entenderse en el contexto de la resolución 1244 (1999) del Consejo de Seguridad.'),
    ('EU', 'en', 'This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.'),
    ('EU', 'fr', 'Cette désignation est sans préjudice des positions sur le statut et est conforme à la résolution 1244/1999 du Conseil de sécurité des Nations unies ainsi qu''à l''avis de la CIJ sur la déclaration d''indépendance du Kosovo.'),
    ('EU', 'es', 'Esta denominación se entiende sin perjuicio de las posiciones sobre su estatuto y está en consonancia con la Resolución 1244/1999 del Consejo de Seguridad de las Naciones Unidas y con la Opinión de la Corte Internacional de Justicia sobre la declaración de independencia de Kosovo.')
) as t (convention, language, text)
where j.code = 'XK';

-- The single footnote kept on the jurisdiction (the default, and the mark beside the name) is the UN's.
update jurisdiction
set footnote = 'References to Kosovo shall be understood to be in the context of Security Council resolution 1244 (1999).'
where code = 'XK' and footnote like 'This designation is without prejudice%';

-- SDG series go to the UN: only Member States are members of the SDG framework.
delete from jurisdiction_membership where framework_code = 'SDG' and jurisdiction_code in ('XK', 'MS');
