/**
 * Analytics: indicator values folded by each indicator's own rule across jurisdictions and periods, progress
 * from baseline toward target on each framework's status scale, the analytics API, dashboards and their
 * exports. Reads the values reporting stores, as each caller may see them: no rebuild; the public's copy in memory
 * is checked against revisions the database bumps on every write (ADR 0007), so it is never stale.
 * Its pages also show the evidence module's yearly counts (profiles, gender views) to those who may read them,
 * and meeting participants by sex from the coordination module.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "framework",
            "jurisdiction",
            "identity",
            "reporting",
            "evidence",
            "coordination",
            "shared"
        })
package org.roadmapmonitor.analytics;
