package org.samverkan.communications.feed;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

/**
 * The OASIS CAP 1.2 schema from ../shared/standards/cap-1.2.xsd beside the repository root (the directory holding
 * mvnw). The product builds without it; tests that need it are skipped where it is absent.
 */
final class CapSchema {
    private CapSchema() {
    }

    static Optional<Path> locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                Path xsd = dir.resolve("../shared/standards/cap-1.2.xsd").normalize();
                return Files.isRegularFile(xsd) ? Optional.of(xsd) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    static void validate(Path xsd, String xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Schema schema = factory.newSchema(xsd.toFile());
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }
}
