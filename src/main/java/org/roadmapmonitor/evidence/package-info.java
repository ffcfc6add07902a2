/**
 * Evidence: the records behind the numbers (arms events and their weapon items, tracing, destructions,
 * stockpiles, firearm incidents, trainings), their bulk import through PostgreSQL COPY as background jobs,
 * SDG indicator 16.4.2 computed by the UN method, and KPI values derived from the records.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "jurisdiction", "identity", "framework"})
package org.roadmapmonitor.evidence;
