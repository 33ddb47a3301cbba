package org.samverkan.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the RSA signing key as a JWK file so tokens stay valid across restarts: generated on
 * first start, reused afterwards.
 */
final class SigningKeyStore {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyStore.class);

    private final Path file;

    SigningKeyStore(Path file) {
        this.file = file;
    }

    RSAKey loadOrCreate() {
        try {
            if (Files.exists(file)) {
                RSAKey key = RSAKey.parse(Files.readString(file));
                log.info("Using signing key {} from {}", key.getKeyID(), file);
                return key;
            }
            RSAKey key = new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
            write(key);
            log.info("Generated signing key {} and stored it in {}", key.getKeyID(), file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the signing key " + file, e);
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("Invalid signing key file " + file, e);
        }
    }

    private void write(RSAKey key) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "signing-key", ".tmp");
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // non-POSIX file system: keep the default permissions
        }
        Files.writeString(tmp, key.toJSONString());
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
