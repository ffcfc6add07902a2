/**
 * Periodic reporting: one progress report per framework, jurisdiction and period, with KPI values,
 * narratives and evidence, moved through a review-and-approval workflow; and the published values other
 * modules read.
 */
@ApplicationModule(allowedDependencies = {"framework", "identity", "jurisdiction", "shared"})
package org.roadmapmonitor.reporting;

import org.springframework.modulith.ApplicationModule;
