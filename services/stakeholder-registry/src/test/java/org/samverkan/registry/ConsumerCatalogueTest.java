package org.samverkan.registry;

import org.samverkan.platform.test.ConsumerCatalogueChecks;

/** The registry's audit consumer knows every type on its own topic, as docs/asyncapi.yaml lists them. */
class ConsumerCatalogueTest extends RegistryIntegrationBase implements ConsumerCatalogueChecks {
}
