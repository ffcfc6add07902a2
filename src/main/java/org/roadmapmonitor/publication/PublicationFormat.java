package org.roadmapmonitor.publication;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file formats a document can be generated in, with the media type and extension it is served with. */
public enum PublicationFormat {
    PDF("application/pdf"),
    HTML("text/html;charset=UTF-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    JSON("application/json");

    private final String mediaType;

    PublicationFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** As written in the API and in file names: {@code pdf}, {@code html}, {@code xlsx}, {@code json}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PublicationFormat> fromCode(String code) {
        return Arrays.stream(values())
                .filter(f -> f.code().equalsIgnoreCase(code == null ? "" : code.strip()))
                .findFirst();
    }
}
