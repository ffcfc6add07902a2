package org.roadmapmonitor.shared;

/** The order in which modules load shipped and demo data at start-up; each step needs the ones before. */
public final class StartupOrder {
    /** Every step between these two runs under one lock across nodes (see shared.database.SeedingLock). */
    public static final int SEEDING_STARTS = 0;

    public static final int JURISDICTIONS = 10;
    public static final int FRAMEWORKS = 20;
    public static final int MEMBERSHIPS = 30;
    public static final int ACCOUNTS = 40;
    public static final int DEMO_DATA = 50;
    public static final int SEEDING_ENDS = 1000;

    private StartupOrder() {}
}
