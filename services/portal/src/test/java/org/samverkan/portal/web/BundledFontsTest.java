package org.samverkan.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samverkan.portal.PortalApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The bundled web fonts (static/fonts, from the npm packages its README names) reach a resident's browser: the
 * stylesheet declares each script's family with the unicode-range that keeps other pages from downloading it, every
 * bundled file is such a declaration's source and is served without login as a real woff2 with a year's immutable
 * caching, and the Content-Security-Policy lets pages load fonts from the portal. A real portal on a free port.
 */
class BundledFontsTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\s*\\{([^}]*)}");
    private static ConfigurableApplicationContext portal;
    private static String base;

    @BeforeAll
    static void startPortal() {
        portal = new SpringApplicationBuilder(PortalApplication.class).run("--server.port=0",
                // no issuer is reached for static files; the portal only refuses to start without one named
                "--OIDC_ISSUER_URI=http://127.0.0.1:9/realms/samverkan", "--spring.profiles.active=demo");
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) portal).getWebServer().getPort();
    }

    @AfterAll
    static void stopPortal() {
        portal.close();
    }

    @Test
    void theStylesheetDeclaresEthiopicSyriacAndArabicFacesLimitedToTheirScriptsAndShownWhileLoading() throws Exception {
        Map<String, List<String>> faces = fontFaces();

        assertThat(faces).containsKeys("Noto Sans Ethiopic", "Noto Sans Syriac", "Noto Sans Arabic");
        faces.values().stream().flatMap(List::stream).forEach(face -> assertThat(face)
                .contains("font-display: swap").contains("format(\"woff2\")").contains("unicode-range:"));
        assertThat(String.join("", faces.get("Noto Sans Ethiopic"))).as("Ge'ez syllables, as in ሰላም")
                .contains("U+1200-1399");
        assertThat(String.join("", faces.get("Noto Sans Syriac"))).contains("U+0700-074F");
        assertThat(String.join("", faces.get("Noto Sans Arabic"))).contains("U+0600-06FF");
        assertThat(faces.get("Noto Sans Ethiopic")).as("regular and bold").hasSize(2);
        assertThat(faces.get("Noto Sans Syriac")).hasSize(2);
    }

    @Test
    void thePortalsFontStackNamesEachBundledFamilySoTextInThoseScriptsReachesIt() throws Exception {
        String css = get("/css/portal.css").body();
        Matcher stack = Pattern.compile("--text-fonts:([^;]*);").matcher(css);

        assertThat(stack.find()).isTrue();
        assertThat(stack.group(1)).contains("\"Noto Sans Ethiopic\"", "\"Noto Sans Syriac\"", "\"Noto Sans Arabic\"");
        assertThat(css).contains("font-family: var(--text-fonts);");
    }

    @Test
    void everyBundledFontIsDeclaredAndServedWithoutLoginAsWoff2CachedForAYear() throws Exception {
        List<String> declared = fontFaces().values().stream().flatMap(List::stream)
                .map(face -> face.replaceAll("(?s).*url\\(\"\\.\\./(fonts/[^\"]+)\"\\).*", "/$1")).toList();
        Resource[] bundled = new PathMatchingResourcePatternResolver().getResources("classpath:/static/fonts/**/*.woff2");
        List<String> files = Arrays.stream(bundled)
                .map(r -> uncheckedPath(r).replaceAll(".*/static(/fonts/.*)", "$1")).sorted().toList();

        assertThat(files).hasSize(6);
        assertThat(declared).as("no font is bundled without a face using it, nor declared without its file")
                .containsExactlyInAnyOrderElementsOf(files);
        for (String file : files) {
            HttpResponse<byte[]> font = CLIENT.send(HttpRequest.newBuilder(URI.create(base + file)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(font.statusCode()).as(file).isEqualTo(200);
            assertThat(font.headers().firstValue("Content-Type")).as(file).hasValue("font/woff2");
            assertThat(font.headers().firstValue("Cache-Control")).as(file)
                    .hasValue("max-age=31536000, public, immutable");
            assertThat(new String(font.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
                    .as("a woff2 file's signature, not a Git LFS pointer or an error page").isEqualTo("wOF2");
        }
    }

    @Test
    void theContentSecurityPolicyOfPagesAndStaticFilesLetsFontsComeFromThePortalItself() throws Exception {
        for (String path : List.of("/", "/css/portal.css",
                "/fonts/noto-sans-ethiopic/5.3.0/noto-sans-ethiopic-ethiopic-400-normal.woff2")) {
            assertThat(get(path).headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("font-src 'self'"));
        }
    }

    private static Map<String, List<String>> fontFaces() throws Exception {
        HttpResponse<String> css = get("/css/portal.css");
        assertThat(css.statusCode()).isEqualTo(200);
        Matcher face = FONT_FACE.matcher(css.body());
        List<String> blocks = new java.util.ArrayList<>();
        while (face.find()) {
            blocks.add(face.group(1));
        }
        return blocks.stream().collect(Collectors.groupingBy(
                block -> block.replaceAll("(?s).*font-family:\\s*\"([^\"]+)\".*", "$1")));
    }

    private static String uncheckedPath(Resource resource) {
        try {
            return resource.getURL().getPath();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
