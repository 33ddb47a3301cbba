package org.samverkan.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.samverkan.portal.client.ServiceClient;
import org.samverkan.portal.client.ServiceProblem;
import org.samverkan.portal.client.Services;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/** Unit test (the race is not reproducible against the real service, which answers a repeated receipt with 200). */
class DeliveryControllerTest {
    private final ServiceClient communications = mock(ServiceClient.class);
    private final DeliveryController controller = new DeliveryController(new Services(null, null, communications, null, null));
    private final Authentication rep = representative("org-7");

    @Test
    void aReceiptSomeoneElseConfirmedFirstIsSaidOnTheDeliveryPageNotAsAnErrorPage() {
        when(communications.post(eq("/api/notices/{id}/deliveries/{org}/acknowledgement"), any(), eq("n-1"), eq("org-7")))
                .thenThrow(new ServiceProblem(409, "Conflict", "changed concurrently", List.of()));
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

        String view = controller.acknowledge("n-1", rep, redirect);

        assertThat(view).isEqualTo("redirect:/organisation/inbox/n-1");
        Map<String, ?> flash = redirect.getFlashAttributes();
        assertThat(flash.get("alreadyAcknowledged")).isEqualTo(true);
        assertThat(flash).doesNotContainKey("acknowledged");
    }

    @Test
    void anyOtherRefusalStillBecomesTheErrorPage() {
        when(communications.post(eq("/api/notices/{id}/deliveries/{org}/acknowledgement"), any(), eq("n-1"), eq("org-7")))
                .thenThrow(new ServiceProblem(404, "Not found", "", List.of()));

        assertThatThrownBy(() -> controller.acknowledge("n-1", rep, new RedirectAttributesModelMap()))
                .isInstanceOf(ServiceProblem.class);
    }

    private static Authentication representative(String organisation) {
        OidcIdToken token = new OidcIdToken("t", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", "rep1", "roles", List.of("representative"), "org_id", organisation));
        DefaultOidcUser user = new DefaultOidcUser(List.of(), token);
        return new OAuth2AuthenticationToken(user, List.of(), "samverkan");
    }
}
