package org.samverkan.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** X-Forwarded-For counts only from trusted proxies, and then only the hop the nearest untrusted caller wrote. */
class ClientAddressesTest {
    private final ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.5", "192.168.1.0/24"));

    private static MockHttpServletRequest from(String remote, String forwarded) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/x");
        request.setRemoteAddr(remote);
        if (forwarded != null) {
            request.addHeader("X-Forwarded-For", forwarded);
        }
        return request;
    }

    @Test
    void anUntrustedCallersForwardedHeaderIsIgnored() {
        assertThat(addresses.of(from("203.0.113.9", "198.51.100.1"))).isEqualTo("203.0.113.9");
    }

    @Test
    void aTrustedProxyNamesTheClient() {
        assertThat(addresses.of(from("10.0.0.5", "198.51.100.1"))).isEqualTo("198.51.100.1");
    }

    @Test
    void whatAClientWroteToTheLeftOfItsOwnAddressIsIgnored() {
        assertThat(addresses.of(from("10.0.0.5", "1.2.3.4, 198.51.100.1, 192.168.1.7"))).isEqualTo("198.51.100.1");
    }

    @Test
    void aTrustedProxyWithoutHeaderOrWithGarbageIsItselfOrTheGarbageAsOneClient() {
        assertThat(addresses.of(from("10.0.0.5", null))).isEqualTo("10.0.0.5");
        assertThat(addresses.of(from("10.0.0.5", "not-an-address"))).isEqualTo("not-an-address");
    }

    @Test
    void withNoTrustedProxiesTheConnectionCounts() {
        assertThat(new ClientAddresses(List.of()).of(from("10.0.0.5", "198.51.100.1"))).isEqualTo("10.0.0.5");
    }
}
