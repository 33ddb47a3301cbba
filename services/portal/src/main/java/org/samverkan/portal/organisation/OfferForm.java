package org.samverkan.portal.organisation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.samverkan.portal.web.LocalTimes;

/** A capacity offer as entered: what, how much, from when (local time), where, in which languages, for whom. */
record OfferForm(String resourceType, String description, Integer quantity, String unit, String availableFrom,
                 String availableUntil, List<String> areas, List<String> languages, List<String> targetGroups) {

    static OfferForm empty() {
        // available from now: the usual case in a crisis, and one field less to fill in on a phone
        String now = LocalTimes.inDays(0);
        return new OfferForm("", "", null, "", now, "", List.of(), List.of(), List.of());
    }

    /** This form with what a need asks for in place of the empty choices; absent values leave them as they are. */
    OfferForm forNeed(String type, List<String> needAreas, List<String> needLanguages, List<String> needGroups) {
        return new OfferForm(type == null ? resourceType : type, description, quantity, unit, availableFrom, availableUntil,
                needAreas == null ? areas : needAreas, needLanguages == null ? languages : needLanguages,
                needGroups == null ? targetGroups : needGroups);
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("resourceType", resourceType);
        body.put("description", description);
        body.put("quantity", quantity);
        body.put("unit", unit);
        body.put("availableFrom", LocalTimes.instant(availableFrom));
        body.put("availableUntil", LocalTimes.instant(availableUntil));
        body.put("areas", areas == null ? List.of() : areas);
        body.put("languages", languages == null ? List.of() : languages);
        body.put("targetGroups", targetGroups == null ? List.of() : targetGroups);
        return body;
    }
}
