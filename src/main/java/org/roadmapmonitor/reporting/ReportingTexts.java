package org.roadmapmonitor.reporting;

import org.roadmapmonitor.shared.Texts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The reporting rules' words in the language of the person who sent the request. */
@Component
class ReportingTexts implements Texts {
    private final MessageSource messages;

    ReportingTexts(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String get(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
