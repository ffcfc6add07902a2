/**
 * PoA/ITI national reports: a UN Member State's biennial report pre-filled from what is recorded (coordination,
 * action plan, evidence on marking, records, tracing, stockpiles and SDG 16.4.2, trust-fund assistance), reviewed
 * answer by answer, exported as PDF and structured JSON, and rendered for the publication jobs.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "jurisdiction",
            "identity",
            "evidence",
            "fund",
            "publication",
            "actionplan",
            "coordination"
        })
package org.roadmapmonitor.nationalreport;

import org.springframework.modulith.ApplicationModule;
