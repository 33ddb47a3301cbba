package org.samverkan.inventory.offer;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.samverkan.platform.security.CurrentUser;
import org.samverkan.platform.web.ForbiddenException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Offers", description = "Capacity offers (EDXL-RM OfferUnsolicitedResource) by organisation representatives")
@RestController
@RequestMapping("/api/offers")
class OfferController {
    private final OfferService offers;

    OfferController(OfferService offers) {
        this.offers = offers;
    }

    @Operation(summary = "Offer capacity for the caller's own organisation (representatives only)")
    @PostMapping
    ResponseEntity<OfferView> register(@Valid @RequestBody OfferDetails details) {
        OfferView created = offers.register(CurrentUser.get(), details);
        return ResponseEntity.created(URI.create("/api/offers/" + created.id())).body(created);
    }

    @Operation(summary = "Replace an offer's details; the quantity cannot drop below what is committed")
    @PutMapping("/{id}")
    OfferView update(@PathVariable String id, @Valid @RequestBody OfferDetails details) {
        return offers.update(CurrentUser.get(), id, details);
    }

    @Operation(summary = "Withdraw an offer; it stops counting, existing commitments stay to be answered")
    @PostMapping("/{id}/withdrawal")
    OfferView withdraw(@PathVariable String id) {
        return offers.withdraw(CurrentUser.get(), id);
    }

    @GetMapping("/{id}")
    OfferView get(@PathVariable String id) {
        OfferView offer = offers.get(id);
        readable(offer.organizationId());
        return offer;
    }

    @Operation(summary = "Offers, optionally of one organisation; representatives see only their own")
    @GetMapping
    List<OfferView> list(@RequestParam(required = false) String organizationId) {
        CurrentUser user = CurrentUser.get();
        // A representative naming another organisation is refused, not silently answered with their own offers.
        String scope = user.isInternal() || organizationId != null ? organizationId : user.party().orElse("-");
        if (scope != null) {
            readable(scope);
        }
        return offers.list(scope);
    }

    private static void readable(String organizationId) {
        CurrentUser user = CurrentUser.get();
        if (!user.isInternal() && !user.represents(organizationId)) {
            throw new ForbiddenException("Representatives can only read their own organisation's offers");
        }
    }
}
