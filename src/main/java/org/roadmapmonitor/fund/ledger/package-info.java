/** The trust-fund ledger as plain Java: entries, postings, flows and the funding status, with named refusals. Other modules may use it (a named interface). */
@NamedInterface("ledger")
package org.roadmapmonitor.fund.ledger;

import org.springframework.modulith.NamedInterface;
