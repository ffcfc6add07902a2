/**
 * The frame around every page (layout, language, demo banner, home page), the one place where errors
 * become RFC 7807 problems or friendly pages, and the period explorer.
 */
@ApplicationModule(allowedDependencies = {"framework", "identity", "jurisdiction", "reporting", "shared"})
package org.roadmapmonitor.web;

import org.springframework.modulith.ApplicationModule;
