-- Why: a weapon-item import of millions of rows paid one foreign-key probe of weapon_category per item (issue
-- #10's speed bar, docs/benchmarks.md). The categories are the fixed list of the ITI and the UN Register,
-- checked by every import row by row already; a CHECK on the same list keeps bad codes out at no cost per
-- row. weapon_category stays the list with each category's class (small arm or light weapon), and a test
-- keeps the two equal.
alter table weapon_item drop constraint weapon_item_category_fkey;
alter table weapon_item add constraint weapon_item_category_known check (category in (
    'REVOLVER', 'PISTOL', 'RIFLE', 'CARBINE', 'SHOTGUN', 'SUBMACHINE_GUN', 'ASSAULT_RIFLE', 'LIGHT_MACHINE_GUN',
    'OTHER_SMALL_ARM', 'HEAVY_MACHINE_GUN', 'GRENADE_LAUNCHER', 'RECOILLESS_GUN', 'ANTI_TANK_WEAPON', 'MANPADS',
    'MORTAR', 'OTHER_LIGHT_WEAPON'));
