package org.roadmapmonitor.shared;

/**
 * Published once the synthetic demo evidence has been loaded (demo mode only), so that the demo reports can
 * freeze the derived KPIs computed from it, as validation and publication would have.
 */
public record DemoEvidenceLoaded() {}
