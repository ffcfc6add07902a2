/**
 * Identity, access and audit: users, organisations, roles scoped to jurisdictions and funds, API tokens,
 * sign-in throttling, and the append-only audit log every other module writes to.
 */
@ApplicationModule(allowedDependencies = {"jurisdiction", "shared"})
package org.roadmapmonitor.identity;

import org.springframework.modulith.ApplicationModule;
