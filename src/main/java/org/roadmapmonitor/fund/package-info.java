/**
 * Trust funds: donors, contributions, calls, proposals, steering-committee decisions and projects, and the
 * append-only ledger (fund.ledger, plain Java) behind the MPTF Office "funding status" statement, its
 * downloads and IATI export. Other modules hear of deposits through {@code DepositRecorded}.
 */
@ApplicationModule(allowedDependencies = {"framework", "identity", "jurisdiction", "reporting", "shared"})
package org.roadmapmonitor.fund;

import org.springframework.modulith.ApplicationModule;
