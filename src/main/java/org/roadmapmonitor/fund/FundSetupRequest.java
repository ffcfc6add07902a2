package org.roadmapmonitor.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a fund administrator gives to set up a fund; null rates take the defaults (1 % fee, 7 % indirect). */
public record FundSetupRequest(
        String code,
        String name,
        String frameworkCode,
        String administrativeAgent,
        String chair,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal feeRate,
        BigDecimal indirectRate,
        String iatiIdentifier,
        boolean demo,
        List<Fund.Organisation> organisations) {}
