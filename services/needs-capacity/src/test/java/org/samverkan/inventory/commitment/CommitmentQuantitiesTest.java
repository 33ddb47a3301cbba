package org.samverkan.inventory.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.samverkan.platform.web.RuleViolationException;

class CommitmentQuantitiesTest {
    @Test
    void deliveriesAddUpToTheCommittedQuantity() {
        assertThat(CommitmentQuantities.deliveredAfter(5, 0, 2)).isEqualTo(2);
        assertThat(CommitmentQuantities.deliveredAfter(5, 2, 3)).isEqualTo(5);
    }

    @Test
    void moreThanCommittedOrANonPositiveDeliveryIsRefused() {
        assertThatThrownBy(() -> CommitmentQuantities.deliveredAfter(5, 4, 2)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("only 1");
        assertThatThrownBy(() -> CommitmentQuantities.deliveredAfter(5, 0, 0)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> CommitmentQuantities.deliveredAfter(5, 0, -1)).isInstanceOf(RuleViolationException.class);
    }
}
