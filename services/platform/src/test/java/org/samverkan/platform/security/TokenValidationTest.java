package org.samverkan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/** Signature, expiry with the configured skew, issuer and audience; a service without an issuer does not start. */
class TokenValidationTest {
    private static final String ISSUER = "https://login.example/realms/samverkan";
    private static final KeyPair KEYS = keys();

    @TempDir
    Path dir;

    @Test
    void aTokenForTheServicesAudienceIsAccepted() throws Exception {
        assertThat(decoder().decode(token("samverkan-services", ISSUER, Instant.now().plusSeconds(60))).getSubject())
                .isEqualTo("someone");
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        JwtDecoder decoder = decoder();
        assertThatThrownBy(() -> decoder.decode(token("samverkan-portal", ISSUER, Instant.now().plusSeconds(60))))
                .isInstanceOf(JwtValidationException.class).hasMessageContaining("aud");
        assertThatThrownBy(() -> decoder.decode(token(null, ISSUER, Instant.now().plusSeconds(60))))
                .as("no audience at all").isInstanceOf(JwtValidationException.class);
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() throws Exception {
        JwtDecoder decoder = decoder();
        assertThatThrownBy(() -> decoder.decode(token("samverkan-services", ISSUER + "-other", Instant.now().plusSeconds(60))))
                .isInstanceOf(JwtValidationException.class).hasMessageContaining("iss");
    }

    @Test
    void expiryAllowsExactlyTheConfiguredClockSkew() throws Exception {
        JwtDecoder decoder = decoder();
        assertThat(decoder.decode(token("samverkan-services", ISSUER, Instant.now().minusSeconds(10)))).isNotNull();
        assertThatThrownBy(() -> decoder.decode(token("samverkan-services", ISSUER, Instant.now().minusSeconds(40))))
                .isInstanceOf(JwtValidationException.class).hasMessageContaining("expired");
    }

    @Test
    void aBlankIssuerOrAudienceRefusesToStart() throws Exception {
        String key = "file:" + publicKey();
        runner().withPropertyValues("samverkan.security.jwt.issuer= ", "samverkan.security.jwt.public-key-location=" + key)
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("issuer"));
        runner().withPropertyValues("samverkan.security.jwt.issuer=" + ISSUER, "samverkan.security.jwt.audience=",
                        "samverkan.security.jwt.public-key-location=" + key)
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("audience"));
        runner().withPropertyValues("samverkan.security.jwt.issuer=" + ISSUER, "samverkan.security.jwt.public-key-location=" + key)
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(JwtSettings.class));
    }

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
                .withUserConfiguration(Settings.class)
                .withPropertyValues("samverkan.security.jwt.audience=samverkan-services", "samverkan.security.jwt.clock-skew=30s");
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(JwtSettings.class)
    static class Settings {
    }

    private JwtDecoder decoder() throws Exception {
        return TokenValidation.decoder(new JwtSettings(ISSUER, "samverkan-services", Duration.ofSeconds(30), null,
                "file:" + publicKey()));
    }

    private Path publicKey() throws Exception {
        Path file = dir.resolve("key.pub");
        Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(KEYS.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        return file;
    }

    private static String token(String audience, String issuer, Instant expiry) throws Exception {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).subject("someone")
                .issueTime(Date.from(expiry.minusSeconds(300))).expirationTime(Date.from(expiry))
                .claim("roles", List.of("operator"));
        if (audience != null) {
            claims.audience(audience);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
        jwt.sign(new RSASSASigner((RSAPrivateKey) KEYS.getPrivate()));
        return jwt.serialize();
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
