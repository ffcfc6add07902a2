/**
 * Jurisdictions in a hierarchy (region, jurisdiction, sub-unit) with designation footnotes and a
 * materialised path for roll-ups, and their memberships in frameworks.
 */
@ApplicationModule(allowedDependencies = {"shared"})
package org.roadmapmonitor.jurisdiction;

import org.springframework.modulith.ApplicationModule;
