package org.roadmapmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every visible text goes through message keys, and every language has every key. */
class MessagesTest {
    private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([a-zA-Z0-9_.]+)");

    /** The message bundles, one per area, as listed in spring.messages.basename. */
    static final String[] BUNDLES = {
        "messages",
        "messages-reporting",
        "messages-fund",
        "messages-evidence",
        "messages-refusals",
        "messages-actionplan",
        "messages-analytics",
        "messages-analytics-pages",
        "messages-publication",
        "messages-opendata",
        "messages-nationalreport",
        "messages-coordination",
        "messages-audit"
    };

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es"})
    void everyLanguageHasExactlyTheEnglishKeys(String language) throws IOException {
        for (String bundle : BUNDLES) {
            Set<String> english = load(bundle + ".properties").stringPropertyNames();
            Set<String> other = load(bundle + "_" + language + ".properties").stringPropertyNames();
            assertThat(new TreeSet<>(other)).as(bundle + "_" + language).isEqualTo(new TreeSet<>(english));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es"})
    void translationsAreNotLeftInEnglish(String language) throws IOException {
        for (String bundle : BUNDLES) {
            Properties english = load(bundle + ".properties");
            Properties other = load(bundle + "_" + language + ".properties");
            long same = english.stringPropertyNames().stream()
                    .filter(k -> english.getProperty(k).length() > 12
                            && english.getProperty(k).equals(other.getProperty(k)))
                    .count();
            assertThat(same).as(bundle + "_" + language).isLessThan(5);
        }
    }

    @Test
    void theBundlesAreTheOnesTheApplicationLoads() throws IOException {
        var app = load("application.properties");
        assertThat(app.getProperty("spring.messages.basename")).isEqualTo(String.join(",", BUNDLES));
    }

    @Test
    void everyKeyUsedInATemplateExists() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String bundle : BUNDLES) {
            keys.addAll(load(bundle + ".properties").stringPropertyNames());
        }
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                var m = KEY_IN_TEMPLATE.matcher(Files.readString(f));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Properties load(String name) throws IOException {
        var p = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(in);
        }
        return p;
    }
}
