/**
 * Identity, access and audit: users, organisations, roles scoped to jurisdictions and funds, API tokens,
 * sign-in throttling, and the append-only audit log every other module writes to.
 */
package org.roadmapmonitor.identity;
