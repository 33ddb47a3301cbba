package org.samverkan.registry;

import org.samverkan.platform.test.ConsumerCatalogueChecks;

/** The registry's own consumers (auditEntries, applicantInvitations) know every type on its topic, as docs/asyncapi.yaml lists them. */
class ConsumerCatalogueTest extends RegistryIntegrationBase implements ConsumerCatalogueChecks {
}
