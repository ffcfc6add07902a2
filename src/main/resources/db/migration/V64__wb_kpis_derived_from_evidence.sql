-- Why: Western Balkans KPIs that the evidence records can serve were still typed in by editors, twice over the
-- records (and differently). Victims of firearm misuse (KPI-8) come from the incidents' victims, weapons seized,
-- found and surrendered (KPI-9) from the weapon items (administrative seizures included, so never the SDG 16.4.2
-- denominator), and in Roadmap 2024 also weapons destroyed (KPI-11, as in Roadmap 2030) from the destructions.
-- Values already validated or published stay as they were frozen; open reports show the computed cells.
-- Touches only the shipped versions where they are still as shipped; on a new (still empty) installation it
-- does nothing and the corrected seed files load afterwards.
update indicator i
set value_source = 'DERIVED', formula = changed.formula
from framework_version v
join framework f on f.id = v.framework_id,
     (values ('2024', 'KPI-8', 'evidence:firearm_victims'),
             ('2024', 'KPI-9', 'evidence:weapons_recovered'),
             ('2024', 'KPI-11', 'evidence:weapons_destroyed'),
             ('2030', 'KPI-8', 'evidence:firearm_victims'),
             ('2030', 'KPI-9', 'evidence:weapons_recovered')) as changed (version, code, formula)
where i.framework_version_id = v.id and f.code = 'WB-SALW-ROADMAP' and v.version = changed.version
  and i.code = changed.code and i.value_source = 'REPORTED' and i.formula is null;
