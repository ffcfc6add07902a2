package org.roadmapmonitor.shared;

/**
 * Words for the people reading them: a message key with its arguments, resolved in the reader's language.
 * Plain-Java rules (value checks, the workflow) take one, so that they stay free of Spring and still speak
 * English, French or Spanish.
 */
@FunctionalInterface
public interface Texts {
    String get(String key, Object... args);
}
