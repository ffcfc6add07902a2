package org.roadmapmonitor.shared;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo mode: on with the embedded database or when {@code ROADMAP_DEMO=true}; off when an external
 * database is configured unless {@code ROADMAP_DEMO=true}. In demo mode the demo accounts and data exist
 * and every page says so.
 */
@Component
public class DemoMode {
    private final boolean enabled;

    public DemoMode(Environment env) {
        String explicit = env.getProperty("roadmap.demo", "");
        boolean embedded = env.getProperty("roadmap.db.url", "").isBlank();
        this.enabled = explicit.isBlank() ? embedded : Boolean.parseBoolean(explicit.trim());
    }

    public boolean enabled() {
        return enabled;
    }
}
