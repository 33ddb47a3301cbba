package org.samverkan.communications.delivery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.samverkan.platform.security.CurrentUser;
import org.samverkan.platform.web.ForbiddenException;
import org.samverkan.platform.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** GDPR erasure of a notice inbox; here beside deliveries, since it also forgets the keyed hash sending made. */
@Tag(name = "Notice inboxes")
@RestController
class InboxErasureController {
    private final InboxErasure erasure;

    InboxErasureController(InboxErasure erasure) {
        this.erasure = erasure;
    }

    @Operation(summary = "Erase your organisation's notice inbox (its representatives, or a registry administrator "
            + "handling a GDPR erasure request); notices are not delivered to it until an inbox is registered again")
    @DeleteMapping("/api/organizations/{organizationId}/inbox")
    ResponseEntity<Void> erase(@PathVariable String organizationId) {
        CurrentUser user = CurrentUser.get();
        if (!user.represents(organizationId) && !user.has("registry-admin")) {
            throw new ForbiddenException("Only a representative of " + organizationId
                    + " or a registry administrator erases its notice inbox");
        }
        if (!erasure.erase(organizationId)) {
            throw new NotFoundException("Organisation " + organizationId + " has no notice inbox");
        }
        return ResponseEntity.noContent().build();
    }
}
