package org.samverkan.endtoend;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An authenticator app, as a person's phone would be: RFC 6238 codes with the realm's policy (HmacSHA1, 6 digits,
 * 30 s). Keycloak keys the HMAC with the bytes of the secret its setup page holds.
 */
final class Totp {
    private Totp() {
    }

    /** The code of the current period ({@code periodsAhead} 0), or of a later one. */
    static String code(String secret, int periodsAhead) {
        return codeAt(secret, period() + periodsAhead);
    }

    /** The current 30-second period. */
    static long period() {
        return Instant.now().getEpochSecond() / 30;
    }

    static String codeAt(String secret, long period) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(period).array());
            int offset = hash[hash.length - 1] & 0xf;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
