package org.roadmapmonitor.identity;

import java.util.List;

/** A user as listed on the administration pages (never with the password hash). */
public record UserSummary(
        long id,
        String email,
        String displayName,
        Long organisationId,
        String organisation,
        boolean enabled,
        List<RoleGrant> grants) {}
