package org.roadmapmonitor.framework.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.shared.StartupOrder;
import org.roadmapmonitor.shared.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Imports each shipped framework version (seed/frameworks/*.json) that is not in the database yet, through
 * the same validated import as any user file. A version already there is left alone: it may have been edited.
 */
@Configuration(proxyBeanMethods = false)
class FrameworkSeeder {
    private static final Logger log = LoggerFactory.getLogger(FrameworkSeeder.class);

    @Bean
    @Order(StartupOrder.FRAMEWORKS)
    ApplicationRunner loadShippedFrameworks(FrameworkCatalogue catalogue, FrameworkRepository repository) {
        return args -> SystemActor.run(() -> {
            for (Resource r : shipped()) {
                try {
                    var doc = catalogue.parse(r.getContentAsByteArray());
                    if (!repository.versionExists(doc.code(), doc.version())) {
                        catalogue.importDocument(doc, FrameworkCatalogue.ImportMode.CREATE_ONLY, null);
                        log.info("Loaded shipped framework {} {}", doc.code(), doc.version());
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("Cannot read shipped framework " + r.getFilename(), e);
                }
            }
        });
    }

    static Resource[] shipped() {
        try {
            Resource[] all = new PathMatchingResourcePatternResolver().getResources("classpath:seed/frameworks/*.json");
            Arrays.sort(all, Comparator.comparing(Resource::getFilename));
            return all;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list the shipped frameworks", e);
        }
    }
}
