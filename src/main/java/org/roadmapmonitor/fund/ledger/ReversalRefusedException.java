package org.roadmapmonitor.fund.ledger;

import org.roadmapmonitor.shared.ConflictException;

/** An entry that cannot be reversed: it is a reversal itself, or it was reversed already. */
public class ReversalRefusedException extends ConflictException {
    public ReversalRefusedException(String key, Object... args) {
        super(key, args);
    }
}
