package org.samverkan.portal;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the services are. {@code publicCommunicationsUrl} is the communications address residents' browsers use
 * for the Atom and CAP feeds (the same as {@code communicationsUrl} unless a proxy is in front).
 */
@ConfigurationProperties("samverkan.portal")
public record PortalProperties(URI registryUrl, URI inventoryUrl, URI communicationsUrl, URI followUpUrl,
                               URI publicCommunicationsUrl, URI issuerUrl, URI endSessionUrl,
                               String defaultIncident) {
}
