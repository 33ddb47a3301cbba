package org.samverkan.inventory;

import org.samverkan.platform.test.ConsumerCatalogueChecks;

/** The inventory's consumer knows every type on the registry's topic, as docs/asyncapi.yaml lists them. */
class ConsumerCatalogueTest extends InventoryIntegrationBase implements ConsumerCatalogueChecks {
}
