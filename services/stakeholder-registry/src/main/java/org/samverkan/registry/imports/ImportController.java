package org.samverkan.registry.imports;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@PreAuthorize("hasRole('registry-admin')")
@Tag(name = "Import", description = "CSV bulk import of organisations; registry administrators only")
class ImportController {
    private final OrganizationImport organizationImport;

    ImportController(OrganizationImport organizationImport) {
        this.organizationImport = organizationImport;
    }

    @Operation(summary = "Import organisations from a CSV body (UTF-8); a report per row")
    @PostMapping(path = "/api/organizations/imports", consumes = "text/csv")
    ImportReport importCsv(@RequestBody byte[] csv) {
        return organizationImport.run(new String(csv, StandardCharsets.UTF_8));
    }

    @Operation(summary = "Import organisations from an uploaded CSV file (form field 'file')")
    @PostMapping(path = "/api/organizations/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importFile(@RequestPart("file") MultipartFile file) throws java.io.IOException {
        return organizationImport.run(new String(file.getBytes(), StandardCharsets.UTF_8));
    }
}
