package org.roadmapmonitor.shared;

import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one way words reach a reader: message keys from the bundles, in the language of the person who sent
 * the request (English outside a request), with amounts and dates in their arguments written as that
 * language writes them. Installed for {@link Texts#of} so that plain-Java rules and the typed refusals speak
 * every language without knowing Spring.
 */
@Component
public class MessageTexts implements Texts {
    private final MessageSource messages;

    MessageTexts(MessageSource messages) {
        this.messages = messages;
        Texts.install(this);
    }

    /** {@link Texts} from these bundles, in the language of the request being served. */
    public static Texts of(MessageSource messages) {
        return (key, args) -> resolve(messages, key, args);
    }

    @Override
    public String get(String key, Object... args) {
        return resolve(messages, key, args);
    }

    private static String resolve(MessageSource messages, String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        Object[] shown = args == null
                ? new Object[0]
                : Arrays.stream(args).map(a -> Formats.argument(a, locale)).toArray();
        return messages.getMessage(key, shown, key, locale);
    }
}
