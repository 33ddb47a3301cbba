package org.samverkan.communications.feed;

import java.io.StringReader;
import java.net.URL;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

/**
 * The OASIS CAP 1.2 schema (© OASIS Open 2010, as published with the specification), shipped in the test resources
 * so every clone validates CAP documents.
 */
final class CapSchema {
    private static final URL XSD = CapSchema.class.getResource("/standards/cap-1.2.xsd");

    private CapSchema() {
    }

    static void validate(String xml) throws Exception {
        if (XSD == null) {
            throw new IllegalStateException("standards/cap-1.2.xsd is missing from the test resources");
        }
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(XSD);
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }
}
