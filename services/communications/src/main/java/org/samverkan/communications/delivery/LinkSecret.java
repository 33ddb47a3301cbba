package org.samverkan.communications.delivery;

import java.nio.charset.StandardCharsets;

/**
 * The key that signs acknowledgement links and pseudonymises phone numbers. It must be the same on every instance
 * and across restarts, or links already sent stop working; so there is no random default, and outside the explicit
 * {@code demo} profile it must be at least {@value #MIN_BYTES} bytes and not the demo value (the pattern of the
 * portal's client-secret guard). The service refuses to start otherwise.
 */
final class LinkSecret {
    static final String DEMO_PROFILE = "demo";
    static final int MIN_BYTES = 32;
    /** Only in application-demo.yml, for a demo run without COMMUNICATIONS_TOKEN_SECRET. */
    static final String DEMO_SECRET = "demo-acknowledgement-link-secret-for-local-runs-only";
    private static final String NAME = "samverkan.communications.token-secret (COMMUNICATIONS_TOKEN_SECRET)";

    private LinkSecret() {
    }

    static byte[] check(boolean demo, String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException(NAME + " is required: it signs acknowledgement links, so set the same "
                    + "long random value on every instance");
        }
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (demo) {
            return bytes;
        }
        if (bytes.length < MIN_BYTES) {
            throw new IllegalStateException(NAME + " must be at least " + MIN_BYTES + " bytes, is " + bytes.length);
        }
        if (secret.equals(DEMO_SECRET)) {
            throw new IllegalStateException(NAME + " is the demo secret; it is allowed only in the demo profile");
        }
        return bytes;
    }
}
