package org.samverkan.inventory.commitment;

import org.samverkan.platform.web.RuleViolationException;

/** Quantity rules for deliveries: positive reports only, and never more delivered than committed. */
final class CommitmentQuantities {
    private CommitmentQuantities() {
    }

    static int deliveredAfter(int committed, int deliveredSoFar, int reported) {
        if (reported <= 0) {
            throw new RuleViolationException("quantity", "a delivery must be a positive quantity");
        }
        if (deliveredSoFar + reported > committed) {
            throw new RuleViolationException("quantity", "only " + (committed - deliveredSoFar)
                    + " of the committed " + committed + " remain to be delivered");
        }
        return deliveredSoFar + reported;
    }
}
