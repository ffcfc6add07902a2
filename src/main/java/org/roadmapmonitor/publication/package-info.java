/**
 * Publications: the documents that go out (the regional progress report, a jurisdiction's report, a trust
 * fund's annual report, and renderers other modules plug in), generated as background jobs that survive
 * restarts, kept with the figures they used.
 */
@ApplicationModule(
        allowedDependencies = {
            "analytics",
            "coordination",
            "framework",
            "fund",
            "fund :: ledger",
            "identity",
            "jurisdiction",
            "reporting",
            "reporting :: workflow",
            "shared"
        })
package org.roadmapmonitor.publication;

import org.springframework.modulith.ApplicationModule;
