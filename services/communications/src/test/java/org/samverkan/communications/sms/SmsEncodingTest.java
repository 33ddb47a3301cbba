package org.samverkan.communications.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class SmsEncodingTest {
    private static final String ARABIC = "تحذير من موجة حر: ابقوا في الداخل واشربوا الماء. ساعدوا كبار السن في الحي، وتواصلوا مع الجيران.";
    private static final String TIGRINYA = "ጥንቃቐ ውዑይ ኣየር፡ ኣብ ገዛ ጽንሑ፡ ማይ ስተዩ። ንኣረጋውያን ሓግዝዎም፡ ምስ ጎረባብቲ ተራኸቡ።";
    private static final String SOMALI = "Digniin kulayl: guriga joog, biyo cab. Caawi dadka waayeelka ah ee xaafadda, la xiriir deriskaaga.";

    @Test
    void swedishWithAaoStaysInTheGsmAlphabetAndArabicTigrinyaNeedUcs2() {
        assertThat(SmsEncoding.isGsm("Värmebölja i Flemingsberg: håll dig inne, Åsa & Örjan! 5 €")).isTrue();
        assertThat(SmsEncoding.isGsm(SOMALI)).isTrue();
        assertThat(SmsEncoding.isGsm(ARABIC)).isFalse();
        assertThat(SmsEncoding.isGsm(TIGRINYA)).isFalse();
        assertThat(SmsEncoding.encode("Håll dig inne", 1).dataCoding()).isEqualTo(SmsEncoding.GSM);
        assertThat(SmsEncoding.encode(ARABIC, 1).dataCoding()).isEqualTo(SmsEncoding.UCS2);
    }

    @Test
    void oneGsmMessageHolds160SeptetsAndLongerTextsGo153PerPartWithAConcatenationHeader() {
        assertThat(SmsEncoding.encode("a".repeat(160), 9).parts()).singleElement().satisfies(p -> assertThat(p).hasSize(160));

        var parts = SmsEncoding.encode("a".repeat(161), 9).parts();

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).hasSize(6 + 153).startsWith(0x05, 0x00, 0x03, 9, 2, 1);
        assertThat(parts.get(1)).hasSize(6 + 8).startsWith(0x05, 0x00, 0x03, 9, 2, 2);
    }

    @Test
    void extensionCharactersCountTwoSeptetsAndAreNeverSplitAcrossParts() {
        assertThat(SmsEncoding.encode("€".repeat(80), 1).parts()).singleElement().satisfies(p -> assertThat(p).hasSize(160));
        var parts = SmsEncoding.encode("a" + "€".repeat(80), 1).parts();

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).hasSize(6 + 153); // "a" and 76 escape pairs; the 77th pair goes whole to part two
        assertThat(decodeAll(parts, SmsEncoding.GSM)).isEqualTo("a" + "€".repeat(80));
    }

    @Test
    void oneUcs2MessageHolds70CharactersAndLongerTextsGo67PerPart() {
        assertThat(SmsEncoding.encode("ا".repeat(70), 1).parts()).singleElement().satisfies(p -> assertThat(p).hasSize(140));
        var parts = SmsEncoding.encode("ا".repeat(71), 1).parts();

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).hasSize(6 + 134);
        assertThat(parts.get(1)).hasSize(6 + 8);
    }

    @Test
    void aSurrogatePairIsNeverSplitAcrossParts() {
        String text = "ا".repeat(66) + "😀" + "ا";
        var parts = SmsEncoding.encode(text, 1).parts();

        assertThat(parts.get(0)).hasSize(6 + 132);
        assertThat(decodeAll(parts, SmsEncoding.UCS2)).isEqualTo(text);
    }

    @Test
    void longArabicTigrinyaSomaliAndSwedishTextsArriveIntactWhenThePartsAreJoined() {
        for (String text : List.of(ARABIC.repeat(3), TIGRINYA.repeat(3), SOMALI.repeat(3), "Håll dig inne, drick vatten! ".repeat(10))) {
            var encoded = SmsEncoding.encode(text, 200);
            assertThat(encoded.parts()).hasSizeGreaterThan(1);
            assertThat(decodeAll(encoded.parts(), encoded.dataCoding())).isEqualTo(text);
        }
    }

    private static String decodeAll(List<byte[]> parts, byte dataCoding) {
        return parts.stream().map(p -> SmsEncoding.decode(dataCoding, p, parts.size() > 1)).collect(Collectors.joining());
    }
}
