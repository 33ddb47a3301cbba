import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Demo crisis for the local stack, after SeedHuddinge: a heat wave in which crisis staff raise needs, and staff and
 * the equality lead record observations, rumours and a compensatory measure — all through the public APIs, so the
 * equality dashboard and the portal have something to show. Run by `./samverkan seed` (JDK single-file program).
 *
 * Usage: java SeedCrisis.java STAFF_TOKEN EQUALITY_TOKEN [INVENTORY_URL] [FOLLOW_UP_URL]
 */
public class SeedCrisis {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        String staff = args[0];
        String equality = args[1];
        String inventory = args.length > 2 ? args[2] : "http://localhost:8082";
        String followUp = args.length > 3 ? args[3] : "http://localhost:8084";
        String neededBy = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        String today = LocalDate.now().toString();
        int created = 0;

        created += post(inventory + "/api/needs", staff, """
                {"resourceType": "food-delivery", "description": "Matkassar till äldre som inte kan handla under värmeböljan",
                 "quantity": 120, "unit": "kassar", "areas": ["flemingsberg", "visattra"], "targetGroups": ["older-people-living-alone"],
                 "languages": ["so", "ar"], "urgency": "HIGH", "neededBy": "%s"}""".formatted(neededBy));
        created += post(inventory + "/api/needs", staff, """
                {"resourceType": "phone-outreach", "description": "Ringa runt till äldre om värmeråd",
                 "quantity": 400, "unit": "samtal", "areas": ["varby", "masmo"], "targetGroups": ["older-people"],
                 "languages": ["fi", "sv"], "urgency": "MEDIUM", "neededBy": "%s"}""".formatted(neededBy));
        created += post(inventory + "/api/needs", staff, """
                {"resourceType": "interpretation", "description": "Tolkning vid informationsmöte om svalrum",
                 "quantity": 4, "unit": "tolkar", "areas": ["skogas"], "targetGroups": ["newly-arrived"],
                 "languages": ["ti", "fa"], "urgency": "MEDIUM", "neededBy": "%s"}""".formatted(neededBy));
        created += post(followUp + "/api/observations", staff, """
                {"area": "flemingsberg", "targetGroups": ["older-people-living-alone"], "languages": ["so"],
                 "category": "isolation", "description": "Äldre somalisktalande har inte fått värmeråden; få har hört om svalrummen",
                 "severity": "HIGH", "observedOn": "%s"}""".formatted(today));
        created += post(followUp + "/api/observations", equality, """
                {"area": "varby", "targetGroups": ["digitally-excluded"], "languages": [],
                 "category": "digital-exclusion", "description": "Sms-utskicket nådde inte hushåll utan mobiltelefon",
                 "severity": "MEDIUM", "observedOn": "%s"}""".formatted(today));
        created += post(followUp + "/api/rumours", staff, """
                {"text": "Det sägs att svalrummen bara är öppna för svenska medborgare", "language": "ar",
                 "channel": "messaging-app", "areas": ["flemingsberg", "skogas"], "targetGroups": ["newly-arrived"],
                 "stigmatising": false}""");
        created += post(followUp + "/api/rumours", equality, """
                {"text": "Ett rykte skyller strömavbrotten på de som bor i Vårby gård", "language": "sv",
                 "channel": "social-media", "areas": ["varby"], "targetGroups": [], "stigmatising": true}""");
        created += post(followUp + "/api/measures", staff, """
                {"pausedService": "Dagverksamhet för äldre", "reduction": "PAUSED", "areas": ["flemingsberg", "visattra"],
                 "targetGroups": ["older-people-living-alone"], "compensatingAction": "Dagliga telefonsamtal och hembesök av föreningar",
                 "responsibleUnit": "Socialtjänsten, äldreomsorg", "status": "ACTIVE", "startsOn": "%s", "endsOn": null}"""
                .formatted(today));
        System.out.println("Seeded a demo crisis: " + created + " of 8 needs, observations, rumours and measures accepted");
    }

    private static int post(String url, String token, String json) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            System.err.println("POST " + url + " refused (" + response.statusCode() + "): " + response.body());
            return 0;
        }
        return 1;
    }
}
