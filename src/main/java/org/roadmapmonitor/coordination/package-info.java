/**
 * Coordination: meetings (local and regional coordination, steering committees, annual meetings, workshops)
 * with their participants counted by sex, documents, decisions and action points; the iCalendar feeds of
 * meetings and deadlines; and the reminders and daily digest that follow action points up.
 */
@ApplicationModule(allowedDependencies = {"framework", "fund", "identity", "jurisdiction", "reporting", "shared"})
package org.roadmapmonitor.coordination;

import org.springframework.modulith.ApplicationModule;
