/**
 * Frameworks: versioned roadmaps of objectives (goals, axes, pillars, priorities) and indicators with their
 * disaggregations, baselines, targets and crosswalks; their JSON import and export; the reporting calendar.
 */
@ApplicationModule(allowedDependencies = {"jurisdiction", "shared"})
package org.roadmapmonitor.framework;

import org.springframework.modulith.ApplicationModule;
