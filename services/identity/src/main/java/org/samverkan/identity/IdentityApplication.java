package org.samverkan.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Samverkan's local/demo OpenID Connect provider (Spring Authorization Server). Production uses
 * an external OIDC provider; the services only ever see standard JWTs with {@code roles} and
 * {@code org_id} claims.
 */
@SpringBootApplication
public class IdentityApplication {

    public static void main(String[] args) {
        SpringApplication.run(IdentityApplication.class, args);
    }
}
