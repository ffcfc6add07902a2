package org.roadmapmonitor.nationalreport;

import java.util.Optional;

/**
 * Where the report learns a jurisdiction's national coordination body and point of contact. A hook: the
 * coordination module (bodies, meetings, members by sex) implements it when it lands; until then the platform
 * offers the jurisdiction's SALW commission as recorded among the organisations. The first source with an
 * answer wins, in {@code @Order}.
 */
public interface CoordinationSource {
    /** A body and its point of contact; counts are null when nobody recorded them. */
    record Coordination(String body, Integer men, Integer women, String pointOfContact) {}

    Optional<Coordination> coordination(String jurisdiction);
}
