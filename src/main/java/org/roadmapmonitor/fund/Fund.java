package org.roadmapmonitor.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A pooled multi-partner trust fund: its administrative agent (who keeps the books), the chair of its
 * steering committee, its dates (the end date after the latest extension), its fee rates and the day
 * through which its books are closed (null while none are).
 */
public record Fund(
        String code,
        String name,
        String frameworkCode,
        String administrativeAgent,
        String chair,
        LocalDate startDate,
        LocalDate endDate,
        Status status,
        BigDecimal feeRate,
        BigDecimal indirectRate,
        LocalDate closedThrough,
        String iatiIdentifier,
        boolean demo,
        List<Extension> extensions) {

    public enum Status {
        ACTIVE,
        OPERATIONALLY_CLOSED,
        FINANCIALLY_CLOSED
    }

    public record Extension(LocalDate endDate, LocalDate decidedOn, String note) {}

    /** An organisation of the fund: its administrative agent or a participating organisation. */
    public record Organisation(String code, String name, Role role, String iatiRef, String accountOrganisation) {
        public enum Role {
            ADMINISTRATIVE_AGENT,
            PARTICIPATING_ORGANISATION
        }
    }

    /** A contributor; ex-officio donors sit on the steering committee whatever they give. */
    public record Donor(String code, String name, boolean exOfficio, String iatiRef) {}
}
