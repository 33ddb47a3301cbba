package org.samverkan.followup;

import org.samverkan.platform.test.ConsumerCatalogueChecks;
import org.samverkan.platform.test.ServiceFoundationChecks;

/**
 * follow-up stands on the platform: probes, metrics, API docs, no API without a valid token (the checks are the
 * interface's tests), in the context every follow-up integration test shares.
 */
class ServiceFoundationTest extends FollowUpIntegrationBase implements ServiceFoundationChecks, ConsumerCatalogueChecks {
    @Override
    public int port() {
        return port;
    }

    @Override
    public String service() {
        return "follow-up";
    }
}
