package org.samverkan.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;
import org.samverkan.registry.RegistryIntegrationBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

class CsvImportTest extends RegistryIntegrationBase {
    private static final String CSV = """
            name,kind,organizationNumber,areas,languages,targetGroups,channels,email
            Importerade seniorer i Vårby,ASSOCIATION,802478-0010,varby,sv;fi,older-people,phone-chain:40,info@seniorer.example.se
            ,ASSOCIATION,,varby,sv,,,
            Importerad kör,CHOIR,,stuvsta,sv,,,
            Importerade läxhjälpare,VOLUNTARY_GROUP,,"masmo;atlantis",so,,sms:25,
            Importerade dubbletten,ASSOCIATION,802478-0010,varby,sv,,,
            "Skogås ""Importerade"" grannar, ideell",INFORMAL_NETWORK,,skogas,sv,older-people-living-alone,phone-chain:oj,
            Importerad moské Masmo,FAITH_COMMUNITY,252478-0018,masmo,ar;so,faith-community-members,prayer-gathering:300,
            Felaktigt nummer,ASSOCIATION,802478-0019,masmo,,,,
            Importerade moskén i Masmo,FAITH_COMMUNITY,,masmo,ar,,,
            """;
    @Autowired
    MongoTemplate mongo;

    @Test
    void goodRowsAreImportedAndBadRowsReportedByRowAndField() {
        Response report = postRaw("/api/organizations/imports", TestTokens.role("registry-admin"), "text/csv; charset=utf-8",
                CSV.getBytes(StandardCharsets.UTF_8));
        assertThat(report.status()).isEqualTo(200);
        List<JsonNode> rows = new ArrayList<>();
        report.json().get("rows").forEach(rows::add);
        assertThat(rows).extracting(r -> r.get("row").asInt()).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(rows).extracting(r -> r.get("outcome").asString()).containsExactly(
                "CREATED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "CREATED", "REJECTED", "FLAGGED_DUPLICATE");
        assertThat(problemFields(rows.get(1))).containsExactly("name");
        assertThat(problemFields(rows.get(2))).containsExactly("kind");
        assertThat(problemFields(rows.get(3))).containsExactly("areas[1]");
        assertThat(problemFields(rows.get(4))).containsExactly("organizationNumber");
        assertThat(rows.get(4).get("problems").get(0).get("message").asString()).contains("already registered")
                .doesNotContain(rows.get(0).get("organizationId").asString());
        assertThat(problemFields(rows.get(5))).containsExactly("channels[0]");
        assertThat(problemFields(rows.get(7))).containsExactly("organizationNumber");
        assertThat(rows.get(8).get("similarTo").get(0).asString()).isEqualTo(rows.get(6).get("organizationId").asString());
        assertThat(report.json().get("created").asInt()).isEqualTo(2);
        assertThat(report.json().get("flagged").asInt()).isEqualTo(1);
        assertThat(report.json().get("rejected").asInt()).isEqualTo(6);

        assertThat(mongo.count(Query.query(Criteria.where("name").regex("^Importera")), "organizations")).as("nothing of a bad row").isEqualTo(3);
        Response first = http().get("/api/organizations/" + rows.get(0).get("organizationId").asString(), TestTokens.role("crisis-staff"));
        assertThat(first.json().get("reach").get("languages").toString()).isEqualTo("[\"sv\",\"fi\"]");
        assertThat(first.json().get("contactPoints").get(0).get("value").asString()).isEqualTo("info@seniorer.example.se");
        assertThat(first.json().get("status").asString()).isEqualTo("PENDING");
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedAsAWhole() {
        long before = mongo.count(new Query(), "organizations");
        Response refused = upload("/api/organizations/imports", TestTokens.role("registry-admin"),
                "namn,typ\nNågot,ASSOCIATION\n".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(errorFields(refused)).containsExactly("header", "header");
        assertThat(mongo.count(new Query(), "organizations")).isEqualTo(before);
    }

    @Test
    void onlyAdministratorsImport() {
        Response refused = postRaw("/api/organizations/imports", TestTokens.role("crisis-staff"), "text/csv",
                "name,kind\nX,NGO\n".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(postRaw("/api/organizations/imports", null, "text/csv", "name,kind\nX,NGO\n".getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(401);
    }

    private static List<String> problemFields(JsonNode row) {
        List<String> fields = new ArrayList<>();
        row.get("problems").forEach(p -> fields.add(p.get("field").asString()));
        return fields;
    }
}
