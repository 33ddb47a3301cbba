package org.samverkan.inventory.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.samverkan.inventory.InventoryIntegrationBase;
import org.samverkan.inventory.messaging.RegistryRecords;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/**
 * The seeded Huddinge sample — 6 organisations (4 verified, 2 suspended after offering), 12 offers (1 withdrawn),
 * 6 needs, 3 commitments — checked cell by cell against values computed by hand (see the table in each assertion).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HuddingeGapAnalysisTest extends InventoryIntegrationBase {
    private static final Instant NOW = Instant.now();
    private static final Instant SOON = NOW.plus(7, ChronoUnit.DAYS);
    @Autowired
    MongoTemplate mongo;
    private String o1;
    private String o2;
    private String o4;

    @BeforeAll
    void seed() {
        // The analysis covers the whole inventory, so start from an empty one (other test classes' data included).
        for (String collection : List.of("offers", "needs", "commitments")) {
            mongo.remove(new Query(), collection);
        }
        o1 = verifiedOrganization("Flemingsbergs moské");
        o2 = verifiedOrganization("Vårby IF");
        String o3 = verifiedOrganization("Skogås församling");
        o4 = verifiedOrganization("Masmo kvinnoförening");
        String o5 = verifiedOrganization("Stuvsta scoutkår");
        // Verified while its representative offers, then suspended: its offer no longer counts.
        String o6 = verifiedOrganization("Trångsunds grupp");

        String interpretation1 = id(offer(o1, offerBody("interpretation", 4, List.of("flemingsberg"), List.of("ar", "so"), List.of("older-people"), NOW)));
        offer(o1, offerBody("food-delivery", 10, List.of("flemingsberg", "visattra"), List.of("ar"), List.of("older-people", "low-income-households"), NOW));
        String food3 = id(offer(o2, offerBody("food-delivery", 5, List.of("varby"), List.of("sv"), List.of("older-people"), NOW)));
        String transport4 = id(offer(o2, offerBody("transport", 3, List.of("varby", "flemingsberg"), List.of(), List.of(), NOW)));
        offer(o3, offerBody("phone-outreach", 20, List.of("skogas"), List.of("sv", "fi"), List.of("older-people-living-alone"), NOW));
        offer(o3, offerBody("volunteers", 8, List.of("skogas", "trangsund"), List.of("sv"), List.of("older-people"), NOW));
        offer(o4, offerBody("interpretation", 2, List.of("masmo", "flemingsberg"), List.of("so", "ti"), List.of("newly-arrived"), NOW));
        offer(o4, offerBody("childcare", 6, List.of("masmo"), List.of("so"), List.of("families-with-children"), NOW));
        offer(o5, offerBody("interpretation", 10, List.of("flemingsberg"), List.of("ar"), List.of("older-people"), NOW));
        offer(o5, offerBody("food-delivery", 10, List.of("varby"), List.of("sv"), List.of("older-people"), NOW));
        offer(o6, offerBody("phone-outreach", 10, List.of("skogas"), List.of("sv"), List.of("older-people-living-alone"), NOW));
        RegistryRecords.send(RegistryRecords.state(o6, 3, "OrganizationSuspended", "Trångsunds grupp", "SUSPENDED", null));
        awaitStatus(o6, "SUSPENDED");
        String digital12 = id(offer(o2, offerBody("digital-support", 3, List.of("varby"), List.of("ar", "sv"), List.of("digitally-excluded"), NOW)));
        http().post("/api/offers/" + digital12 + "/withdrawal", TestTokens.representative(o2), null);
        RegistryRecords.send(RegistryRecords.state(o5, 3, "OrganizationSuspended", "Stuvsta scoutkår", "SUSPENDED", null));
        awaitStatus(o5, "SUSPENDED");

        String n1 = id(need(needBody("interpretation", 6, List.of("flemingsberg"), List.of("older-people"), List.of("ar"), SOON)));
        String n2 = id(need(needBody("food-delivery", 12, List.of("flemingsberg", "varby"), List.of("older-people"), List.of(), SOON)));
        need(needBody("phone-outreach", 15, List.of("skogas"), List.of("older-people-living-alone"), List.of("sv", "fi"), SOON));
        String n4 = id(need(needBody("transport", 2, List.of("varby"), List.of(), List.of(), SOON)));
        need(needBody("childcare", 4, List.of("masmo"), List.of("families-with-children"), List.of("ar"), SOON));
        need(needBody("digital-support", 5, List.of("varby"), List.of("digitally-excluded"), List.of("ar"), SOON));

        assertThat(propose(n1, interpretation1, 2).status()).isEqualTo(201);
        assertThat(propose(n2, food3, 3).status()).isEqualTo(201);
        assertThat(propose(n4, transport4, 2).status()).isEqualTo(201);
    }

    @Test
    void cellsMatchTheHandComputedTableWithUncoveredCellsFirst() {
        Response gaps = http().get("/api/gaps", TestTokens.representative(o4));
        assertThat(gaps.status()).as("every authenticated caller may read the gaps").isEqualTo(200);
        List<String> rows = new ArrayList<>();
        gaps.json().forEach(c -> rows.add(String.join("|", c.get("area").asString(), c.get("targetGroup").asString(),
                c.get("language").asString(), c.get("resourceType").asString(), c.get("needed").asString(), c.get("committed").asString(),
                c.get("available").asString(), c.get("gap").asString(), c.get("coverage").asString(), orgs(c))));
        assertThat(rows).containsExactly(
                // area|group|language|type|needed|committed|available|gap|coverage|organisations committed
                // offer 12 (digital support) is withdrawn: nothing left for this need
                "varby|digitally-excluded|ar|digital-support|5|0|0|5|UNCOVERED|",
                // the only childcare offer speaks Somali, the need is for Arabic
                "masmo|families-with-children|ar|childcare|4|0|0|4|UNCOVERED|",
                // need 2 (12) counts fully in both its areas; Vårby IF's 5 minus the 3 committed = 2; Stuvsta's 10 is suspended
                "varby|older-people|*|food-delivery|12|3|2|9|SHORT|Vårby IF",
                // offer 1: 4 minus 2 committed; offer 7 is for another group and language; offer 9 is suspended
                "flemingsberg|older-people|ar|interpretation|6|2|2|4|SHORT|Flemingsbergs moské",
                // offer 5 speaks sv and fi (20 each cell); the pending organisation's 10 does not count
                "skogas|older-people-living-alone|fi|phone-outreach|15|0|20|15|COVERABLE|",
                "skogas|older-people-living-alone|sv|phone-outreach|15|0|20|15|COVERABLE|",
                // offer 2 (10 in Flemingsberg, older people) could close the gap of 9
                "flemingsberg|older-people|*|food-delivery|12|3|10|9|COVERABLE|Vårby IF",
                // 2 committed of 2 needed; offer 4 keeps 1
                "varby|*|*|transport|2|2|1|0|COVERED|Vårby IF");
    }

    @Test
    void theCsvExportCarriesAnHxlHashtagRowAndLanguagesAsAttributes() {
        Response csv = http().get("/api/gaps/export.csv", TestTokens.representative(o1));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("Area,Area code,Target group,Resource type,Organisations committed,"
                + "Needed (any language),Committed (any language),Available (any language),Needed (ar),Committed (ar),Available (ar),"
                + "Needed (fi),Committed (fi),Available (fi),Needed (sv),Committed (sv),Available (sv)");
        assertThat(lines[1]).isEqualTo("#adm2+name,#adm2+code,#beneficiary+code,#sector+code,#org,"
                + "#inneed+i_und,#reached+i_und,#capacity+i_und,#inneed+i_ar,#reached+i_ar,#capacity+i_ar,"
                + "#inneed+i_fi,#reached+i_fi,#capacity+i_fi,#inneed+i_sv,#reached+i_sv,#capacity+i_sv");
        assertThat(lines).hasSize(2 + 7);
        assertThat(lines[2]).isEqualTo("Vårby,varby,digitally-excluded,digital-support,,,,,5,0,0,,,,,,");
        assertThat(lines[6]).isEqualTo("Skogås,skogas,older-people-living-alone,phone-outreach,,,,,,,,15,0,20,15,0,20");
        assertThat(lines[8]).isEqualTo("Vårby,varby,*,transport,Vårby IF,2,2,1,,,,,,,,,");
    }

    @Test
    void theGapsNeedAnAuthenticatedCaller() {
        assertThat(http().get("/api/gaps", null).status()).isEqualTo(401);
    }

    private static String id(JsonNode node) {
        return node.get("id").asString();
    }

    private static String orgs(JsonNode cell) {
        List<String> names = new ArrayList<>();
        cell.get("organizations").forEach(n -> names.add(n.asString()));
        return String.join(";", names);
    }
}
