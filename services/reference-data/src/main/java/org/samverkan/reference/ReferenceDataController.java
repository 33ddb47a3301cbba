package org.samverkan.reference;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The valid codes and their names, for clients that build forms and for anyone checking what a service was started
 * with. The data never changes while a service runs, so it is serialised once and served with a strong ETag.
 */
@Tag(name = "Reference data", description = "The municipality's areas, languages, target groups, channel kinds and resource types")
@RestController
class ReferenceDataController {
    static final String PATH = "/api/reference-data";
    private final byte[] body;
    private final String etag;

    ReferenceDataController(ReferenceData data) {
        this.body = JsonMapper.builder().build().writeValueAsBytes(ReferenceDataView.of(data));
        this.etag = "\"" + sha256(body) + "\"";
    }

    // Open: the description says so (security: []) and the authorisation matrix checks it agrees with the table.
    @SecurityRequirements
    @Operation(summary = "The reference data this service was started with (public, cacheable)")
    @GetMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> referenceData(WebRequest request) {
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
