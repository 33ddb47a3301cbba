package org.samverkan.portal.client;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Tells the services whose browser a call is made for ({@code X-Forwarded-For}), so their per-address limits on
 * anonymous writes count each visitor, not the portal. The services believe it only from addresses they trust.
 */
final class ClientAddressForwarding implements ClientHttpRequestInterceptor {
    static final ClientAddressForwarding INSTANCE = new ClientAddressForwarding();

    private ClientAddressForwarding() {
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution) throws IOException {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest incoming = attributes.getRequest();
            request.getHeaders().set("X-Forwarded-For", incoming.getRemoteAddr());
        }
        return execution.execute(request, body);
    }
}
