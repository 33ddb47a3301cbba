package org.samverkan.platform.test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A service's declared authorisation table: one line per operation, {@code METHOD /path/template who...}, where
 * each word of <i>who</i> is a role that may call it, {@code representative} (of any organisation),
 * {@code own-representative} (only of the organisation the request names), {@code anyone} (no token needed) or
 * {@code signed-link} (no token needed: a signature in the link decides, and the matrix, sending none, expects
 * every caller refused).
 * {@code #} starts a comment. Everyone not named must be refused with 401 or 403.
 */
public record AccessTable(String source, Map<String, Row> rows, List<String> mistakes) {
    public static final String ANYONE = "anyone";
    public static final String REPRESENTATIVE = "representative";
    public static final String OWN_REPRESENTATIVE = "own-representative";
    public static final String SIGNED_LINK = "signed-link";
    /** The realm's roles (infra/local/keycloak/realm), each a caller of the matrix. */
    public static final List<String> ROLES = List.of("crisis-staff", "communications-officer", "equality-lead",
            "registry-admin", "operator", "notice-address-forwarder");
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    /** Who may call one operation. */
    public record Row(String operation, Set<String> who, int line) {
        boolean open() {
            return who.contains(ANYONE);
        }

        /** Needs no token, as an open operation: its description says {@code security: []}. */
        boolean tokenless() {
            return open() || who.contains(SIGNED_LINK);
        }

        boolean allows(String role) {
            return open() || who.contains(role);
        }

        boolean allowsRepresentativeOfOwn() {
            return open() || who.contains(REPRESENTATIVE) || who.contains(OWN_REPRESENTATIVE);
        }

        boolean allowsRepresentativeOfOther() {
            return open() || who.contains(REPRESENTATIVE);
        }
    }

    public static AccessTable load(String resource) {
        try (InputStream in = AccessTable.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no authorisation table " + resource + " on the test classpath");
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static AccessTable parse(String source, String text) {
        Map<String, Row> rows = new LinkedHashMap<>();
        List<String> mistakes = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceFirst("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] words = line.split("\\s+");
            String where = source + ":" + (i + 1) + ": ";
            if (words.length < 3 || !METHODS.contains(words[0])) {
                mistakes.add(where + "expected 'METHOD /path who...', got '" + line + "'");
                continue;
            }
            String operation = words[0] + " " + words[1];
            Set<String> who = Set.of(java.util.Arrays.copyOfRange(words, 2, words.length));
            who.stream().filter(w -> !ROLES.contains(w) && !Set.of(ANYONE, REPRESENTATIVE, OWN_REPRESENTATIVE, SIGNED_LINK).contains(w))
                    .forEach(w -> mistakes.add(where + "'" + w + "' is neither a role of the realm nor anyone, representative, own-representative or signed-link"));
            if (rows.put(operation, new Row(operation, who, i + 1)) != null) {
                mistakes.add(where + operation + " is declared twice");
            }
        }
        return new AccessTable(source, rows, mistakes);
    }
}
