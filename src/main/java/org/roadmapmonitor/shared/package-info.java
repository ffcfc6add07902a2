/**
 * Shared kernel: value types every module speaks (period codes), the typed refusals that are mapped
 * to RFC 7807 problems in one place, and the clock.
 */
@ApplicationModule(allowedDependencies = {})
package org.roadmapmonitor.shared;

import org.springframework.modulith.ApplicationModule;
