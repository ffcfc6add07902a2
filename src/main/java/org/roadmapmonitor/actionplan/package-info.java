/**
 * National action plans (activities, national indicators feeding the regional KPIs, progress reported in the
 * periodic report) and "who does what where": partners' activities per objective and jurisdiction, with the
 * gaps no activity covers. Plan and partner activities are one entity (docs/adr/0010-action-plans.md).
 */
@ApplicationModule(
        allowedDependencies = {
            "framework",
            "fund",
            "identity",
            "jurisdiction",
            "reporting",
            "reporting :: workflow",
            "shared"
        })
package org.roadmapmonitor.actionplan;

import org.springframework.modulith.ApplicationModule;
