package org.roadmapmonitor;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {
    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        ApplicationModules.of(App.class).verify();
    }
}
