package org.samverkan.platform.security;

import java.util.List;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Builds the decoder every service uses: signature, then expiry (with the configured skew), issuer and audience. */
final class TokenValidation {
    private TokenValidation() {
    }

    static JwtDecoder decoder(JwtSettings settings) throws Exception {
        NimbusJwtDecoder decoder;
        if (settings.hasFixedKey()) {
            try (var in = new DefaultResourceLoader().getResource(settings.publicKeyLocation()).getInputStream()) {
                decoder = NimbusJwtDecoder.withPublicKey(RsaKeyConverters.x509().convert(in)).build();
            }
        } else {
            if (settings.jwkSetUri() == null || settings.jwkSetUri().isBlank()) {
                throw new IllegalStateException("samverkan.security.jwt.jwk-set-uri (OIDC_JWK_SET_URI) is required "
                        + "unless samverkan.security.jwt.public-key-location is set");
            }
            decoder = NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri()).build();
        }
        decoder.setJwtValidator(validator(settings));
        return decoder;
    }

    static OAuth2TokenValidator<Jwt> validator(JwtSettings settings) {
        String audience = settings.audience();
        return new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtTimestampValidator(settings.clockSkew()),
                new JwtIssuerValidator(settings.issuer()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience))));
    }
}
