package org.samverkan.communications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.samverkan.communications.notice.Cap;
import org.samverkan.communications.notice.NoticeContent;
import org.samverkan.communications.notice.NoticeStatus;
import org.samverkan.communications.notice.NoticeText;
import org.samverkan.communications.notice.NoticeView;
import org.samverkan.reference.Area;
import org.samverkan.reference.Language;
import org.samverkan.reference.Language.Direction;
import org.samverkan.reference.Municipality;
import org.samverkan.reference.ReferenceData;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The e-mail an intermediary gets, made to be passed on: built from a notice, and sent as multipart/alternative. */
class DeliveryMessageTest {
    static final ReferenceData REFERENCE = new ReferenceData(
            new Municipality("Huddinge", "0126", Map.of("sv", "Huddinge kommun", "en", "Huddinge Municipality"), true, "sv-x-lattlast"),
            List.of(new Area("masmo", "Masmo", 4000, Map.of(), Map.of())),
            List.of(new Language("sv", "Svenska", Direction.LTR, true, false),
                    new Language("sv-x-lattlast", "Lättläst svenska (easy-read Swedish)", Direction.LTR, true, false),
                    new Language("ar", "Arabiska", Direction.RTL, false, false),
                    new Language("so", "Somaliska", Direction.LTR, false, false),
                    new Language("syc", "Syriska", Direction.RTL, false, false, Map.of("syc", "ܣܘܪܝܝܐ"))),
            List.of(), List.of(), List.of());
    static final DeliveryMessage.Setting SETTING = new DeliveryMessage.Setting(REFERENCE, "https://www.kommun.test/");
    static final String LINK = "https://svar.kommun.test/public/notices/n-1/deliveries/org-1?token=123.abc";

    static NoticeView notice(Cap.Status status) {
        Map<String, NoticeText> texts = new LinkedHashMap<>();
        texts.put("sv", new NoticeText("Värmestuga öppnar", "Värmestugan i Masmo är öppen.\nTa med <id> & \"legitimation\".",
                "Gå dit om du fryser hemma"));
        texts.put("sv-x-lattlast", new NoticeText("Ett varmt rum är öppet", "Du kan gå dit.", null));
        texts.put("ar", new NoticeText("مركز تدفئة يفتح", "مركز التدفئة في ماسمو مفتوح.", "اذهب إلى هناك إذا كنت تشعر بالبرد"));
        texts.put("so", new NoticeText("Xarun diirimaad ayaa furan", "Xarunta diirimaadka ee Masmo way furan tahay.", "Tag halkaas"));
        texts.put("syc", new NoticeText("ܒܝܬܐ ܫܚܝܢܐ", "ܒܝܬܐ ܫܚܝܢܐ ܦܬܝܚ.", null));
        texts.put("fi", new NoticeText("Lämpötupa avataan", "Masmon lämpötupa on auki.", null));
        return new NoticeView("n-1", new NoticeContent("Kyla 2026", Cap.Category.Health, Cap.Urgency.Expected, Cap.Severity.Moderate,
                Cap.Certainty.Likely, List.of("masmo"), List.of(), "sv", texts, List.of(), null, status),
                null, List.of(), NoticeStatus.PUBLISHED, "officer", null, List.of(), Map.of(), null, null,
                Instant.parse("2026-01-10T08:00:00Z"), Instant.parse("2026-01-10T08:00:00Z"), 1, List.of());
    }

    static DeliveryMessage message(List<String> languages) {
        return DeliveryMessage.of(notice(Cap.Status.Actual), languages, LINK, SETTING);
    }

    @Test
    void theSubjectIsTheSwedishHeadlineAndThatOfTheOrganisationsFirstOtherLanguage() {
        assertThat(message(List.of("sv", "sv-x-lattlast", "ar", "so")).subject()).isEqualTo("Värmestuga öppnar – مركز تدفئة يفتح");
        assertThat(message(List.of("sv", "sv-x-lattlast", "so", "ar")).subject()).isEqualTo("Värmestuga öppnar – Xarun diirimaad ayaa furan");
        assertThat(message(List.of("sv", "sv-x-lattlast")).subject()).as("only Swedish: the Swedish headline").isEqualTo("Värmestuga öppnar");
    }

    @Test
    void eachLanguageIsHeadedByItsOwnNameInItsOwnLanguageAndDirection() {
        String html = message(List.of("sv", "sv-x-lattlast", "ar", "so", "syc", "fi")).html();

        assertThat(sections(html)).containsExactly(
                "sv|ltr|Svenska", "sv-x-lattlast|ltr|Lättläst svenska", "ar|rtl|العربية", "so|ltr|Soomaali", "syc|rtl|ܣܘܪܝܝܐ",
                "fi|ltr|Suomi");
        assertThat(message(List.of("sv", "ar")).text()).contains("== العربية ==\n\nمركز تدفئة يفتح").contains("== Svenska ==");
    }

    @Test
    void eachLanguageCarriesItsPublicPageOnThePortalToForwardAndWhatToDo() {
        DeliveryMessage m = message(List.of("sv", "sv-x-lattlast", "ar"));

        for (String language : List.of("sv", "sv-x-lattlast", "ar")) {
            String page = "https://www.kommun.test/public/notices/n-1/" + language;
            assertThat(section(m.html(), language)).contains("<a href=\"" + page + "\">" + page + "</a>");
            assertThat(m.text()).contains(page);
        }
        assertThat(section(m.html(), "ar")).contains("<p><strong>اذهب إلى هناك إذا كنت تشعر بالبرد</strong></p>");
        assertThat(section(m.html(), "sv")).contains("<p><strong>Gå dit om du fryser hemma</strong></p>");
        assertThat(m.text()).contains("Gå dit om du fryser hemma").contains("اذهب إلى هناك إذا كنت تشعر بالبرد");
        assertThat(m.text()).doesNotContain("[ar]").doesNotContain("Lättläst svenska (easy-read");
    }

    @Test
    void theGreetingIsInSwedishAndEnglishAndTheAcknowledgementLinkStays() {
        DeliveryMessage m = message(List.of("sv", "ar"));

        assertThat(m.text()).startsWith("Hej! Här kommer ett meddelande från Huddinge kommun.")
                .contains("\nHello! Here is a notice from Huddinge Municipality.")
                .endsWith("Bekräfta mottagandet och berätta hur ni förde det vidare / Confirm receipt and report how you passed it on:\n"
                        + LINK + "\n");
        assertThat(m.html()).contains("<p>Hej! Här kommer ett meddelande från Huddinge kommun.")
                .contains("<p lang=\"en\">Hello! Here is a notice from Huddinge Municipality.")
                .contains("<a href=\"" + LINK + "\">");
        assertThat(m.sms()).as("the SMS is the headline and the signed link, as before").isEqualTo("Värmestuga öppnar " + LINK);
    }

    @Test
    void everythingFromTheNoticeIsEscapedInTheHtml() {
        String html = message(List.of("sv")).html();

        assertThat(html).contains("Ta med &lt;id&gt; &amp; &quot;legitimation&quot;.").doesNotContain("<id>")
                .contains("Värmestugan i Masmo är öppen.<br>").as("readable UTF-8, not entities").doesNotContain("&auml;");
    }

    @Test
    void anExerciseSaysSoInTheSubjectFirstLineAndTopOfTheHtml() {
        DeliveryMessage m = DeliveryMessage.of(notice(Cap.Status.Exercise), List.of("sv", "ar"), LINK, SETTING);

        assertThat(m.subject()).isEqualTo("[ÖVNING / EXERCISE] Värmestuga öppnar – مركز تدفئة يفتح");
        assertThat(m.text()).startsWith("ÖVNING / EXERCISE – inte ett verkligt meddelande / not a real alert\n");
        assertThat(m.html().substring(m.html().indexOf("<body")))
                .containsPattern("^<body[^>]*>\\n<p role=\"alert\"[^>]*><strong>ÖVNING / EXERCISE – inte ett verkligt meddelande");
        assertThat(m.sms()).startsWith("[ÖVNING / EXERCISE] ");
    }

    @Test
    void theEmailIsMultipartAlternativePlainThenHtmlWithTheSameIdOnEveryAttempt() throws Exception {
        DeliveryMessage m = message(List.of("sv", "sv-x-lattlast", "ar"));
        MimeMessage first = sent(m);
        MimeMessage again = sent(m);

        assertThat(first.getSubject()).isEqualTo("Värmestuga öppnar – مركز تدفئة يفتح");
        assertThat(first.isMimeType("multipart/alternative")).as(first.getContentType()).isTrue();
        MimeMultipart parts = (MimeMultipart) first.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        BodyPart plain = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertThat(plain.isMimeType("text/plain")).isTrue();
        assertThat(plain.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(html.isMimeType("text/html")).isTrue();
        // On the wire lines end in CRLF (RFC 5322).
        assertThat(((String) plain.getContent()).replace("\r\n", "\n")).isEqualTo(m.text());
        assertThat(((String) html.getContent()).replace("\r\n", "\n")).isEqualTo(m.html()).contains("<section lang=\"ar\" dir=\"rtl\"");
        assertThat(first.getMessageID()).isEqualTo(EmailChannel.messageId("n-1:org-1")).isEqualTo(again.getMessageID());
    }

    @Test
    void aSituationUpdateIsTheSameTextAndEscapedHtmlWithTheAcknowledgementLink() {
        var report = new org.samverkan.communications.situation.SituationReport("Kyla 2026", "Elavbrott i Masmo",
                "Strömmen är borta <sedan> kl 6.", "Värmestuga öppen", null, List.of("masmo"), List.of(), Cap.Severity.Severe);
        DeliveryMessage m = DeliveryMessage.of(new org.samverkan.communications.situation.SituationUpdateView("s-1", report, "staff",
                Instant.parse("2026-01-10T08:00:00Z")), LINK);

        assertThat(m.subject()).isEqualTo("Lägesbild: Elavbrott i Masmo");
        assertThat(m.text()).startsWith("Lägesbild / Situation update – Kyla 2026\n\nElavbrott i Masmo\n\nStrömmen är borta <sedan> kl 6.\n")
                .contains("Vidtagna åtgärder / Measures taken:\nVärmestuga öppen").doesNotContain("Nästa steg").endsWith(LINK + "\n");
        assertThat(m.html()).contains("<h1 style=\"font-size:1.3em;margin:4px 0\">Elavbrott i Masmo</h1>")
                .contains("Strömmen är borta &lt;sedan&gt; kl 6.").contains("<a href=\"" + LINK + "\">").doesNotContain("Nästa steg");
        assertThat(m.sms()).isEqualTo("Lägesbild: Elavbrott i Masmo " + LINK);
    }

    /** Sent through the channel to a relay that keeps the bytes, read back as a receiving mail program would. */
    private static MimeMessage sent(DeliveryMessage message) throws Exception {
        List<byte[]> wire = new java.util.ArrayList<>();
        JavaMailSenderImpl relay = new JavaMailSenderImpl() {
            @Override
            public void send(MimeMessage... messages) {
                for (MimeMessage mime : messages) {
                    try {
                        mime.saveChanges();
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        mime.writeTo(out);
                        wire.add(out.toByteArray());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        };
        var factory = new StaticListableBeanFactory(Map.of("mail", relay));
        var properties = new DeliveryProperties(null, null, null, null, Duration.ofSeconds(5), null, null);
        new EmailChannel(factory.getBeanProvider(JavaMailSender.class), properties, "krisledning@kommun.test")
                .send("n-1:org-1", "notices@org-1.example", message);
        return new MimeMessage(Session.getInstance(new java.util.Properties()), new ByteArrayInputStream(wire.getFirst()));
    }

    /** "lang|dir|heading" of each language's section, in order. */
    private static List<String> sections(String html) {
        Matcher m = Pattern.compile("<section lang=\"([^\"]+)\" dir=\"([^\"]+)\"[^>]*>\\n<h2[^>]*>([^<]+)</h2>").matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1) + "|" + m.group(2) + "|" + m.group(3));
        }
        return found;
    }

    private static String section(String html, String language) {
        int start = html.indexOf("<section lang=\"" + language + "\"");
        assertThat(start).as("section of " + language).isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }
}
