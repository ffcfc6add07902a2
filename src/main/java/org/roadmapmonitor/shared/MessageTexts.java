package org.roadmapmonitor.shared;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** {@link Texts} from the application's message bundles, in the language of the request being served. */
public final class MessageTexts {
    private MessageTexts() {}

    public static Texts of(MessageSource messages) {
        return (key, args) -> messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
