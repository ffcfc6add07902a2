package org.roadmapmonitor.shared;

/**
 * Words for the people reading them: a message key with its arguments, resolved in the reader's language.
 * Plain-Java rules (value checks, the workflow, the ledger) and the typed refusals use it, so that they stay
 * free of Spring and still speak English, French or Spanish.
 */
@FunctionalInterface
public interface Texts {
    String get(String key, Object... args);

    /**
     * The words of a key in the reader's language, through the texts the application installed; before it
     * has started (plain unit tests, tools) in English from the same bundles.
     */
    static String of(String key, Object... args) {
        return Installed.texts.get(key, args);
    }

    static void install(Texts texts) {
        Installed.texts = texts;
    }

    final class Installed {
        private static volatile Texts texts = new BundledTexts();

        private Installed() {}
    }
}
