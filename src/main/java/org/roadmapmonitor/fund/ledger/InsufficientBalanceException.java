package org.roadmapmonitor.fund.ledger;

import org.roadmapmonitor.shared.ConflictException;

/** A movement that would take a balance below zero, e.g. a transfer larger than the cash the agent holds. */
public class InsufficientBalanceException extends ConflictException {
    public InsufficientBalanceException(String key, Object... args) {
        super(key, args);
    }
}
