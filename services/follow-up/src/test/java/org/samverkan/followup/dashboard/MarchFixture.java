package org.samverkan.followup.dashboard;

import static org.samverkan.followup.dashboard.SourceEvents.at;

import java.util.List;

/**
 * A small, hand-countable fortnight (2026-03-02 … 2026-03-15, Stockholm time; every event at 10:00 UTC = 11:00 local)
 * in Flemingsberg and Vårby, published once per test JVM onto the real topics. The expected figures are worked out in
 * the tests that use it.
 */
public final class MarchFixture {
    public static final String FROM = "2026-03-02";
    public static final String TO = "2026-03-15";
    public static final String O1 = "march-org-1";
    public static final String O2 = "march-org-2";
    public static final String O3 = "march-org-3";
    public static final String NOTICE = "march-notice-1";
    private static boolean published;

    private MarchFixture() {
    }

    public static synchronized void publishOnce() {
        if (published) {
            return;
        }
        published = true;
        List<String> flemingsbergVarby = List.of("flemingsberg", "varby");
        List<String> flemingsberg = List.of("flemingsberg");
        // O1 verified 03-03 and reaches both areas, Somali + Arabic, older people + newly arrived.
        SourceEvents.organization(O1, 1, "OrganizationRegistered", "PENDING", at("2026-03-02"), flemingsbergVarby,
                List.of("so", "ar"), List.of("older-people", "newly-arrived"));
        SourceEvents.organization(O1, 2, "OrganizationVerified", "VERIFIED", at("2026-03-03"), flemingsbergVarby,
                List.of("so", "ar"), List.of("older-people", "newly-arrived"));
        // O2 verified 03-04 (Flemingsberg, Tigrinya, older people), suspended 03-10.
        SourceEvents.organization(O2, 1, "OrganizationRegistered", "PENDING", at("2026-03-02"), flemingsberg, List.of("ti"),
                List.of("older-people"));
        SourceEvents.organization(O2, 2, "OrganizationVerified", "VERIFIED", at("2026-03-04"), flemingsberg, List.of("ti"),
                List.of("older-people"));
        SourceEvents.organization(O2, 3, "OrganizationSuspended", "SUSPENDED", at("2026-03-10"), flemingsberg, List.of("ti"),
                List.of("older-people"));
        // O3 never verified: never counts as reaching.
        SourceEvents.organization(O3, 1, "OrganizationRegistered", "PENDING", at("2026-03-05"), flemingsberg, List.of("so"),
                List.of("older-people"));

        // F1 (O1): 10 in Flemingsberg for older people in Somali, 4 committed on 03-08 → 6 available.
        SourceEvents.offer("march-offer-1", 1, "OfferRegistered", O1, 10, 10, "ACTIVE", at("2026-03-05"), flemingsberg,
                List.of("so"), List.of("older-people"));
        SourceEvents.offer("march-offer-1", 2, "OfferUpdated", O1, 10, 6, "ACTIVE", at("2026-03-08"), flemingsberg,
                List.of("so"), List.of("older-people"));
        // F2 (O2): 5 in Flemingsberg for any group in Tigrinya; stops counting when O2 is suspended.
        SourceEvents.offer("march-offer-2", 1, "OfferRegistered", O2, 5, 5, "ACTIVE", at("2026-03-05"), flemingsberg,
                List.of("ti"), List.of());
        // F3 (O1): 3 in Vårby for newly arrived in Arabic, withdrawn 03-12.
        SourceEvents.offer("march-offer-3", 1, "OfferRegistered", O1, 3, 3, "ACTIVE", at("2026-03-06"), List.of("varby"),
                List.of("ar"), List.of("newly-arrived"));
        SourceEvents.offer("march-offer-3", 2, "OfferWithdrawn", O1, 3, 3, "WITHDRAWN", at("2026-03-12"), List.of("varby"),
                List.of("ar"), List.of("newly-arrived"));

        // N1: Flemingsberg, older people, any language: open 03-06, partially met 03-09, met 03-11.
        SourceEvents.need("march-need-1", 1, "NeedRaised", "OPEN", at("2026-03-06"), flemingsberg, List.of("older-people"), List.of());
        SourceEvents.need("march-need-1", 2, "NeedUpdated", "PARTIALLY_MET", at("2026-03-09"), flemingsberg, List.of("older-people"), List.of());
        SourceEvents.need("march-need-1", 3, "NeedUpdated", "MET", at("2026-03-11"), flemingsberg, List.of("older-people"), List.of());
        // N2: both areas, newly arrived, Somali: open from 03-07. N3: only reported (unconfirmed), never counts.
        SourceEvents.need("march-need-2", 1, "NeedRaised", "OPEN", at("2026-03-07"), flemingsbergVarby, List.of("newly-arrived"), List.of("so"));
        SourceEvents.need("march-need-3", 1, "NeedRaised", "REPORTED", at("2026-03-07"), flemingsberg, List.of(), List.of());
        SourceEvents.commitment("march-commitment-1", 1, "CommitmentProposed", "PROPOSED", O1, at("2026-03-08"));
        SourceEvents.commitment("march-commitment-1", 2, "CommitmentDelivered", "DELIVERED", O1, at("2026-03-09"));

        // The notice targets both areas and older people, in Swedish, Somali and Arabic. O1 gets it in sv+so on 03-06,
        // acknowledges 03-07, relays it in Arabic in Vårby 03-08; the delivery to O2 fails.
        SourceEvents.noticePublished(NOTICE, at("2026-03-06T08:00:00Z"), flemingsbergVarby, List.of("older-people"),
                List.of("sv", "so"), List.of("sv", "so", "ar"));
        SourceEvents.delivered(NOTICE, O1, 1, at("2026-03-06"), List.of("sv", "so"));
        SourceEvents.acknowledged(NOTICE, O1, 2, at("2026-03-07"));
        SourceEvents.relayed(NOTICE, O1, 3, at("2026-03-08"), "ar", "varby", 40);
        SourceEvents.failed(NOTICE, O2, 1, at("2026-03-06"));

        SourceEvents.observation("march-observation-1", at("2026-03-04"), "flemingsberg", List.of("older-people"), List.of("so"), O1);
        SourceEvents.observation("march-observation-2", at("2026-03-12"), "flemingsberg", List.of(), List.of(), null);
        SourceEvents.observation("march-observation-3", at("2026-02-20"), "flemingsberg", List.of("older-people"), List.of(), null);

        // R1 (by O2): stigmatising, about newly arrived in Vårby, in Somali; R2 (by O3): Flemingsberg, any group, Arabic.
        SourceEvents.rumourReported("march-rumour-1", at("2026-03-09"), List.of("varby"), List.of("newly-arrived"), "so", true, O2);
        SourceEvents.rumourStatusChanged("march-rumour-1", 2, at("2026-03-10"), List.of("varby"), List.of("newly-arrived"), "so",
                true, "VERIFYING", "REPORTED");
        SourceEvents.rumourReported("march-rumour-2", at("2026-03-11"), List.of("flemingsberg"), List.of(), "ar", false, O3);
    }
}
