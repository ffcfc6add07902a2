package org.roadmapmonitor.jurisdiction.internal;

import org.roadmapmonitor.shared.StartupOrder;
import org.roadmapmonitor.shared.SystemActor;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** Jurisdictions load before frameworks (which name them); memberships after (they name frameworks). */
@Configuration(proxyBeanMethods = false)
class JurisdictionStartup {
    @Bean
    @Order(StartupOrder.JURISDICTIONS)
    ApplicationRunner loadShippedJurisdictions(JurisdictionSeeder seeder) {
        return args -> SystemActor.run(seeder::seedJurisdictions);
    }

    @Bean
    @Order(StartupOrder.MEMBERSHIPS)
    ApplicationRunner loadShippedMemberships(JurisdictionSeeder seeder) {
        return args -> SystemActor.run(seeder::seedMemberships);
    }
}
