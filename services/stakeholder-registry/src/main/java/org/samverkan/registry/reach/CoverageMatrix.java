package org.samverkan.registry.reach;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.samverkan.reference.Area;
import org.samverkan.reference.ReferenceData;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Coverage of areas × languages or areas × target groups by VERIFIED organisations. Rule: an organisation counts
 * once in every (area, value) cell it covers — it serves the area and communicates in the language (or reaches the
 * group) — and its estimated people reached (the sum of its channels' estimates) is added in full to each such
 * cell. So a cell's figure is an upper bound for that cell, and cells must not be summed across.
 * Empty cells are those no verified organisation covers.
 */
@Service
class CoverageMatrix {
    static final String RULE = "Counts VERIFIED organisations only. An organisation counts in every (area, value) cell it covers, "
            + "and its estimated people reached (sum of its channels' estimatedReach) is added in full to each such cell: "
            + "an upper bound per cell; do not sum across cells.";
    private final MongoTemplate mongo;
    private final ReferenceData reference;

    CoverageMatrix(MongoTemplate mongo, ReferenceData reference) {
        this.mongo = mongo;
        this.reference = reference;
    }

    enum Dimension { LANGUAGE, GROUP }

    record Cell(String area, String value, int organizations, long estimatedPeopleReached) {
    }

    record EmptyCell(String area, String value) {
    }

    record Coverage(String municipality, String dimension, String rule, List<Cell> cells, List<EmptyCell> emptyCells) {
    }

    Coverage compute(Dimension dimension) {
        String field = dimension == Dimension.LANGUAGE ? "languages" : "targetGroups";
        List<String> values = dimension == Dimension.LANGUAGE
                ? reference.languages().stream().map(l -> l.tag()).toList()
                : reference.targetGroups().stream().map(t -> t.code()).toList();
        Map<String, long[]> cells = new LinkedHashMap<>();
        Query verified = Query.query(Criteria.where("status").is("VERIFIED"));
        verified.fields().include("reach.areas", "reach." + field, "estimatedPeople");
        mongo.stream(verified, Document.class, "organizations").forEach(org -> {
            Document reach = org.get("reach", Document.class);
            if (reach == null) {
                return;
            }
            int people = org.getInteger("estimatedPeople", 0);
            for (String area : reach.getList("areas", String.class, List.of())) {
                for (String value : reach.getList(field, String.class, List.of())) {
                    long[] cell = cells.computeIfAbsent(area + "\u0000" + value, k -> new long[2]);
                    cell[0]++;
                    cell[1] += people;
                }
            }
        });
        List<Cell> covered = new ArrayList<>();
        List<EmptyCell> empty = new ArrayList<>();
        for (Area area : reference.areas()) {
            for (String value : values) {
                long[] cell = cells.get(area.code() + "\u0000" + value);
                if (cell == null) {
                    empty.add(new EmptyCell(area.code(), value));
                } else {
                    covered.add(new Cell(area.code(), value, (int) cell[0], cell[1]));
                }
            }
        }
        return new Coverage(reference.municipality(), dimension.name().toLowerCase(), RULE, covered, empty);
    }
}
