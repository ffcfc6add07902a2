package org.roadmapmonitor.fund;

import java.time.LocalDate;
import org.roadmapmonitor.shared.Money;

/** A donor's deposit reached a fund's ledger (published after the write, inside its transaction). */
public record DepositRecorded(String fund, long entryId, String donor, LocalDate date, Money amount, Money usd) {}
