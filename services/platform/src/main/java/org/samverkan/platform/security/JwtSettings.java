package org.samverkan.platform.security;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How access tokens are checked ({@code samverkan.security.jwt}). Issuer and audience are required: a service
 * with a blank issuer would accept tokens from any issuer its key source trusts, so it refuses to start instead.
 *
 * @param issuer            compared as a string with {@code iss} (Keycloak: {@code <base>/realms/<realm>})
 * @param audience          must be one of the token's {@code aud} values (Keycloak's audience mapper adds it)
 * @param clockSkew         tolerated clock difference for {@code exp}/{@code nbf}
 * @param jwkSetUri         the issuer's keys, fetched on the first token
 * @param publicKeyLocation a fixed RSA public key instead of the JWK set (tests)
 */
@Validated
@ConfigurationProperties("samverkan.security.jwt")
public record JwtSettings(@NotBlank String issuer, @NotBlank String audience, @NotNull Duration clockSkew,
                          String jwkSetUri, String publicKeyLocation) {

    boolean hasFixedKey() {
        return publicKeyLocation != null && !publicKeyLocation.isBlank();
    }
}
