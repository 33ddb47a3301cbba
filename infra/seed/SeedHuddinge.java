import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Demo data for the local stack: imports infra/seed/huddinge-organisations.csv through the registry's CSV import,
 * then verifies or suspends each organisation as the file's status column says — all through the public API, as an
 * administrator would. Run by `./samverkan seed` (a JDK single-file program: no build needed).
 *
 * Usage: java SeedHuddinge.java ADMIN_TOKEN CSV_FILE [REGISTRY_URL]
 */
public class SeedHuddinge {
    private static final Pattern ROW = Pattern.compile("\"row\":(\\d+),\"outcome\":\"(\\w+)\",\"organizationId\":(?:\"([^\"]+)\"|null)");

    public static void main(String[] args) throws Exception {
        String token = args[0];
        Path csv = Path.of(args[1]);
        String registry = args.length > 2 ? args[2] : "http://localhost:8081";
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> report = http.send(HttpRequest.newBuilder(URI.create(registry + "/api/organizations/imports"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(csv)).build(), HttpResponse.BodyHandlers.ofString());
        if (report.statusCode() != 200) {
            throw new IllegalStateException("Import refused (" + report.statusCode() + "): " + report.body());
        }
        List<String> lines = Files.readAllLines(csv);
        int statusColumn = lines.getFirst().strip().endsWith(",status") ? 1 : -1;
        Matcher rows = ROW.matcher(report.body());
        List<String> summary = new ArrayList<>();
        int created = 0;
        while (rows.find()) {
            int line = Integer.parseInt(rows.group(1));
            if (!"CREATED".equals(rows.group(2)) || rows.group(3) == null || statusColumn < 0) {
                summary.add("row " + line + ": " + rows.group(2));
                continue;
            }
            created++;
            // The status is the last column (descriptions may hold quoted commas, so do not split the whole line).
            String row = lines.get(line - 1);
            String status = row.substring(row.lastIndexOf(',') + 1).strip();
            String id = rows.group(3);
            switch (status) {
                case "VERIFIED" -> post(http, registry + "/api/organizations/" + id + "/verification", token, null);
                case "SUSPENDED" -> post(http, registry + "/api/organizations/" + id + "/suspension", token,
                        "{\"reason\": \"Demo data: suspended in the seed file\"}");
                default -> { }
            }
        }
        System.out.println("Seeded " + created + " organisations from " + csv.getFileName()
                + (summary.isEmpty() ? "" : "; not created: " + summary));
    }

    private static void post(HttpClient http, String url, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
        request = json == null ? request.POST(HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            System.err.println("POST " + url + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
