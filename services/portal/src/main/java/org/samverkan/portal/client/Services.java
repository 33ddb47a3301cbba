package org.samverkan.portal.client;

/**
 * The four services, called with the logged-in user's token; the communications service's public pages and feeds
 * and the registry's self-registration, called without one (the visitor may have no account yet).
 */
public record Services(ServiceClient registry, ServiceClient inventory, ServiceClient communications,
                       ServiceClient followUp, ServiceClient publicCommunications, ServiceClient publicRegistry) {

    public Services(ServiceClient registry, ServiceClient inventory, ServiceClient communications,
                    ServiceClient followUp, ServiceClient publicCommunications) {
        this(registry, inventory, communications, followUp, publicCommunications, null);
    }
}
