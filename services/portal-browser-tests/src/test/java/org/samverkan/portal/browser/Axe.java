package org.samverkan.portal.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs axe-core (from its webjar) on the page in the browser and lists the serious and critical violations of
 * WCAG 2.0/2.1 A and AA rules and best practices.
 */
final class Axe {
    private static final String SCRIPT = load();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Axe() {
    }

    static List<String> seriousViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(SCRIPT);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(JSON.stringify(r.violations)))
                   .catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));
                """);
        List<String> found = new ArrayList<>();
        for (JsonNode violation : JSON.readTree(String.valueOf(result))) {
            String impact = violation.path("impact").asString("");
            if (impact.equals("serious") || impact.equals("critical")) {
                List<String> where = new ArrayList<>();
                violation.path("nodes").forEach(n -> where.add(n.path("target").toString() + " " + n.path("failureSummary").asString("")));
                found.add(impact + " " + violation.path("id").asString() + ": " + violation.path("help").asString() + " at " + where);
            }
        }
        return found;
    }

    private static String load() {
        String path = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("axe-core webjar not on the test classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
