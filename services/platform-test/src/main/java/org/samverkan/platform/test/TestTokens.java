package org.samverkan.platform.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Real signed JWTs for tests: services validate them exactly as in production (signature, expiry, issuer,
 * audience), only the key comes from this class instead of Keycloak's JWK set. Representatives carry
 * {@code org_ids} as Keycloak issues it.
 */
public final class TestTokens {
    public static final String ISSUER = "http://localhost:9000/realms/samverkan";
    /** The services' audience, as the platform's default {@code samverkan.security.jwt.audience}. */
    public static final String AUDIENCE = "samverkan-services";
    private static final String ISSUER_OF_ANOTHER_REALM = "http://localhost:9000/realms/elsewhere";
    private static final KeyPair KEYS = generate();
    private static final KeyPair STRANGER = generate();
    private static Path publicKeyFile;

    private TestTokens() {
    }

    static synchronized void register(DynamicPropertyRegistry registry) {
        registry.add("samverkan.security.jwt.issuer", () -> ISSUER);
        registry.add("samverkan.security.jwt.public-key-location", () -> "file:" + publicKeyFile());
    }

    public static String token(String subject, List<String> roles, String organizationId) {
        return sign(KEYS, subject, roles, organizationId, Instant.now().plusSeconds(3600), AUDIENCE);
    }

    public static String role(String role) {
        return token(role + "-user", List.of(role), null);
    }

    public static String representative(String organizationId) {
        return token("rep-of-" + organizationId, List.of("representative"), organizationId);
    }

    /** A representative of several organisations, as Keycloak issues it: every id in {@code org_ids}. */
    public static String representativeOf(String... organizationIds) {
        return sign(KEYS, ISSUER, "rep-of-" + String.join("-and-", organizationIds), List.of("representative"),
                List.of(organizationIds), Instant.now().plusSeconds(3600), AUDIENCE);
    }

    public static String expired(String role) {
        return sign(KEYS, role + "-user", List.of(role), null, Instant.now().minusSeconds(600), AUDIENCE);
    }

    /** Signed by the trusted key and unexpired, but issued for another audience (e.g. another client of the realm). */
    public static String wrongAudience(String role) {
        return sign(KEYS, role + "-user", List.of(role), null, Instant.now().plusSeconds(3600), "some-other-client");
    }

    /** Well-formed and unexpired, but signed by a key the services do not trust. */
    public static String forged(String role) {
        return sign(STRANGER, role + "-user", List.of(role), null, Instant.now().plusSeconds(3600), AUDIENCE);
    }

    /** Signed by the trusted key, unexpired and for the services' audience, but from an issuer the services do not trust. */
    public static String foreignIssuer(List<String> roles, String organizationId) {
        return sign(KEYS, ISSUER_OF_ANOTHER_REALM, "stranger", roles, organizationId, Instant.now().plusSeconds(3600), AUDIENCE);
    }

    /** The variants of a token that must be refused, each otherwise as good as {@link #token}: expired, foreign issuer, untrusted key, wrong audience. */
    public static Map<String, String> refusedVariants(List<String> roles, String organizationId) {
        Map<String, String> variants = new LinkedHashMap<>();
        variants.put("expired token", sign(KEYS, ISSUER, "expired", roles, organizationId, Instant.now().minusSeconds(600), AUDIENCE));
        variants.put("foreign issuer", foreignIssuer(roles, organizationId));
        variants.put("untrusted signing key", sign(STRANGER, ISSUER, "forged", roles, organizationId, Instant.now().plusSeconds(3600), AUDIENCE));
        variants.put("wrong audience", sign(KEYS, ISSUER, "elsewhere", roles, organizationId, Instant.now().plusSeconds(3600), "some-other-client"));
        return variants;
    }

    private static String sign(KeyPair keys, String subject, List<String> roles, String organizationId, Instant expiry,
                               String audience) {
        return sign(keys, ISSUER, subject, roles, organizationId, expiry, audience);
    }

    private static String sign(KeyPair keys, String issuer, String subject, List<String> roles, String organizationId,
                               Instant expiry, String audience) {
        return sign(keys, issuer, subject, roles, organizationId == null ? List.of() : List.of(organizationId), expiry, audience);
    }

    private static String sign(KeyPair keys, String issuer, String subject, List<String> roles, List<String> organizationIds,
                               Instant expiry, String audience) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).audience(audience).subject(subject)
                .jwtID(UUID.randomUUID().toString()).issueTime(new Date()).expirationTime(Date.from(expiry))
                .claim("roles", roles);
        if (!organizationIds.isEmpty()) {
            claims.claim("org_ids", organizationIds);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized Path publicKeyFile() {
        if (publicKeyFile == null) {
            try {
                publicKeyFile = Files.createTempFile("samverkan-test-jwt", ".pub");
                publicKeyFile.toFile().deleteOnExit();
                String pem = "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(((RSAPublicKey) KEYS.getPublic()).getEncoded())
                        + "\n-----END PUBLIC KEY-----\n";
                Files.writeString(publicKeyFile, pem);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return publicKeyFile;
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
