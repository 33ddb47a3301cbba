package org.samverkan.communications.delivery;

import java.util.List;

import org.samverkan.communications.notice.NoticeText;
import org.samverkan.communications.notice.NoticeView;
import org.samverkan.communications.situation.SituationUpdateView;

/** The text an intermediary receives: the notice in its languages and the link to acknowledge and report relays. */
record DeliveryMessage(String subject, String body, String sms) {

    static DeliveryMessage of(NoticeView notice, List<String> languages, String link) {
        var texts = notice.content().texts();
        NoticeText source = texts.get(notice.content().sourceLanguage());
        if (!complete(source)) {
            throw new Unrenderable("notice " + notice.id() + " has no complete text in its source language "
                    + notice.content().sourceLanguage());
        }
        StringBuilder body = new StringBuilder();
        String drill = notice.content().capStatus().drill() ? notice.content().capStatus().banner() : "";
        if (!drill.isEmpty()) {
            body.append(drill).append(" – inte ett verkligt meddelande / not a real alert\n\n");
        }
        for (String language : languages.isEmpty() ? List.of(notice.content().sourceLanguage()) : languages) {
            NoticeText t = texts.get(language);
            if (complete(t)) {
                body.append("[").append(language).append("] ").append(t.headline()).append("\n\n").append(t.body()).append("\n");
                if (t.instruction() != null && !t.instruction().isBlank()) {
                    body.append("\n").append(t.instruction()).append("\n");
                }
                body.append("\n----\n\n");
            }
        }
        body.append("Bekräfta mottagandet och berätta hur ni förde det vidare / Confirm receipt and report how you passed it on:\n")
                .append(link).append("\n");
        String prefix = drill.isEmpty() ? "" : "[" + drill + "] ";
        return new DeliveryMessage(prefix + source.headline(), body.toString(), prefix + source.headline() + " " + link);
    }

    static DeliveryMessage of(SituationUpdateView update, String link) {
        var r = update.report();
        String body = "Lägesbild / Situation update – " + r.incident() + "\n\n" + r.title() + "\n\n" + r.situation() + "\n"
                + section("Vidtagna åtgärder / Measures taken", r.measuresTaken())
                + section("Nästa steg / Next steps", r.nextSteps())
                + "\nBekräfta mottagandet / Confirm receipt:\n" + link + "\n";
        return new DeliveryMessage("Lägesbild: " + r.title(), body, "Lägesbild: " + r.title() + " " + link);
    }

    /** Stored notices are not trusted to be valid: a text without headline or body is not sent. */
    private static boolean complete(NoticeText t) {
        return t != null && t.headline() != null && t.body() != null;
    }

    /** The message cannot be made from what is stored; trying again will not change that. */
    static final class Unrenderable extends RuntimeException {
        Unrenderable(String reason) {
            super(reason);
        }
    }

    private static String section(String heading, String text) {
        return text == null || text.isBlank() ? "" : "\n" + heading + ":\n" + text + "\n";
    }
}
