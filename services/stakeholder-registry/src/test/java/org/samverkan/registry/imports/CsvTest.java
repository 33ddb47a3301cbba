package org.samverkan.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() {
        List<Csv.Line> lines = Csv.read("\uFEFFname,kind\r\n\"Kör, \"\"Sång\"\" och bön\",ASSOCIATION\n\n\"two\nlines\",NGO\n");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1).fields()).containsExactly("Kör, \"Sång\" och bön", "ASSOCIATION");
        assertThat(lines.get(1).number()).isEqualTo(2);
        assertThat(lines.get(2).fields()).containsExactly("two\nlines", "NGO");
        assertThat(lines.get(2).number()).isEqualTo(4);
    }
}
