package org.samverkan.communications.delivery;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.samverkan.platform.security.CurrentUser;
import org.samverkan.platform.web.ForbiddenException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Deliveries", description = "Notices delivered to intermediary organisations, their acknowledgements and relays")
@RestController
class DeliveryController {
    private final DeliveryService deliveries;

    DeliveryController(DeliveryService deliveries) {
        this.deliveries = deliveries;
    }

    @Operation(summary = "Delivery, acknowledgement and relay state of a notice, per organisation and per language (staff)")
    @PreAuthorize("hasAnyRole('communications-officer', 'equality-lead', 'crisis-staff')")
    @GetMapping("/api/notices/{noticeId}/deliveries")
    DeliveryReport ofNotice(@PathVariable String noticeId) {
        return DeliveryReport.of(noticeId, deliveries.ofNotice(noticeId));
    }

    @Operation(summary = "What was sent to an organisation (its representatives, or staff)")
    @GetMapping("/api/organizations/{organizationId}/deliveries")
    List<DeliveryView> ofOrganization(@PathVariable String organizationId) {
        CurrentUser user = CurrentUser.get();
        if (!user.represents(organizationId) && !user.isInternal()) {
            throw new ForbiddenException("Only representatives of " + organizationId + " or staff see its deliveries");
        }
        return deliveries.ofOrganization(organizationId);
    }

    @Operation(summary = "Confirm receipt from your account (representatives, own organisation)")
    @PostMapping("/api/notices/{noticeId}/deliveries/{organizationId}/acknowledgement")
    DeliveryView acknowledge(@PathVariable String noticeId, @PathVariable String organizationId) {
        requireRepresentative(organizationId);
        return deliveries.acknowledge(noticeId, organizationId, "account");
    }

    @Operation(summary = "Report a relay from your account: about N people in language L via channel C in area A")
    @PostMapping("/api/notices/{noticeId}/deliveries/{organizationId}/relays")
    DeliveryView relay(@PathVariable String noticeId, @PathVariable String organizationId, @Valid @RequestBody Relay relay) {
        requireRepresentative(organizationId);
        return deliveries.relay(noticeId, organizationId, relay);
    }

    private static void requireRepresentative(String organizationId) {
        if (!CurrentUser.get().represents(organizationId)) {
            throw new ForbiddenException("Only a representative of " + organizationId + " answers its deliveries");
        }
    }
}
