package org.samverkan.portal.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.mock.http.client.MockClientHttpResponse;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** A service call made while serving a visitor says whose call it is; one made outside a request says nothing. */
class ClientAddressForwardingTest {
    private final AtomicReference<HttpHeaders> sent = new AtomicReference<>();

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
    }

    private void call() throws Exception {
        MockClientHttpRequest request = new MockClientHttpRequest(HttpMethod.POST, URI.create("http://registry/api/organizations"));
        request.getHeaders().set("X-Forwarded-For", "6.6.6.6"); // whatever was there is replaced, not trusted
        ClientAddressForwarding.INSTANCE.intercept(request, new byte[0], (r, body) -> {
            sent.set(r.getHeaders());
            return new MockClientHttpResponse(new byte[0], HttpStatus.CREATED);
        });
    }

    @Test
    void theVisitorsAddressIsForwarded() throws Exception {
        MockHttpServletRequest visitor = new MockHttpServletRequest("POST", "/registrering");
        visitor.setRemoteAddr("198.51.100.23");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(visitor));
        call();
        assertThat(sent.get().get("X-Forwarded-For")).containsExactly("198.51.100.23");
    }

    @Test
    void outsideARequestNothingIsAdded() throws Exception {
        call();
        assertThat(sent.get().get("X-Forwarded-For")).containsExactly("6.6.6.6");
    }
}
