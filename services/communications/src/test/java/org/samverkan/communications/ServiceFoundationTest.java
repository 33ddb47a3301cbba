package org.samverkan.communications;

import org.samverkan.platform.test.ConsumerCatalogueChecks;
import org.samverkan.platform.test.ServiceFoundationChecks;

/**
 * communications stands on the platform: probes, metrics, API docs, no API without a valid token (the checks are the
 * interface's tests), in the context every communications integration test shares.
 */
class ServiceFoundationTest extends CommunicationsIntegrationBase implements ServiceFoundationChecks, ConsumerCatalogueChecks {
    @Override
    public int port() {
        return port;
    }

    @Override
    public String service() {
        return "communications";
    }
}
