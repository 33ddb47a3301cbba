package org.samverkan.inventory.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CoverageTest {
    @Test
    void aCellIsClassifiedByWhatIsStillNeededAgainstWhatIsAvailable() {
        assertThat(Coverage.of(10, 10, 0)).isEqualTo(Coverage.COVERED);
        assertThat(Coverage.of(10, 12, 0)).isEqualTo(Coverage.COVERED);
        assertThat(Coverage.of(10, 4, 0)).isEqualTo(Coverage.UNCOVERED);
        assertThat(Coverage.of(10, 4, 5)).isEqualTo(Coverage.SHORT);
        assertThat(Coverage.of(10, 4, 6)).isEqualTo(Coverage.COVERABLE);
    }

    @Test
    void aNeedNamingNoGroupOrLanguageSpansTheAnyCellsAndAnOfferServesThemToo() {
        assertThat(CellKey.spanned("transport", List.of("varby"), List.of(), List.of()))
                .containsExactly(new CellKey("varby", "*", "*", "transport"));
        assertThat(CellKey.served("transport", List.of("varby"), List.of("women"), List.of("ar")))
                .containsExactlyInAnyOrder(new CellKey("varby", "women", "ar", "transport"), new CellKey("varby", "women", "*", "transport"),
                        new CellKey("varby", "*", "ar", "transport"), new CellKey("varby", "*", "*", "transport"));
    }
}
