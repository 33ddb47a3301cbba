package org.samverkan.portal.client;

/**
 * The four services, called with the logged-in user's token, and the communications service's public pages
 * and feeds, called without one.
 */
public record Services(ServiceClient registry, ServiceClient inventory, ServiceClient communications,
                       ServiceClient followUp, ServiceClient publicCommunications) {
}
