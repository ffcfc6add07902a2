package org.roadmapmonitor.shared;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * English from the application's own message bundles, for words needed before the application has started
 * (plain unit tests of the ledger or of period codes, command-line tools): the same sentences users read.
 */
final class BundledTexts implements Texts {
    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    BundledTexts() {
        messages.setBasenames(basenames());
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Override
    public String get(String key, Object... args) {
        Object[] shown = args == null
                ? new Object[0]
                : Arrays.stream(args)
                        .map(a -> Formats.argument(a, Locale.ENGLISH))
                        .toArray();
        return messages.getMessage(key, shown, key, Locale.ENGLISH);
    }

    private static String[] basenames() {
        var app = new Properties();
        try (InputStream in = BundledTexts.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                app.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("application.properties cannot be read", e);
        }
        return app.getProperty("spring.messages.basename", "messages").split(",");
    }
}
