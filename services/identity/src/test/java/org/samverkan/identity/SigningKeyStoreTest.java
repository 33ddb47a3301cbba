package org.samverkan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyStoreTest {

    @Test
    void keyIsGeneratedOnceAndReusedAfterRestart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("identity").resolve("signing-key.json");

        RSAKey first = new SigningKeyStore(file).loadOrCreate();
        RSAKey second = new SigningKeyStore(file).loadOrCreate();

        assertThat(file).exists();
        assertThat(first.isPrivate()).isTrue();
        assertThat(second.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(second.toRSAPublicKey()).isEqualTo(first.toRSAPublicKey());
    }
}
