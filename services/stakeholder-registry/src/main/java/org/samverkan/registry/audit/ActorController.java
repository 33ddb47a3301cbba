package org.samverkan.registry.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.samverkan.platform.web.NotFoundException;
import org.samverkan.registry.actor.Actor;
import org.samverkan.registry.actor.Actors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The people behind the audit trail's actor ids: an administrator answers a person's access request (their mapping
 * and every audited action of theirs) and erasure request (the mapping goes; the entries stay, naming nobody).
 */
@RestController
@Tag(name = "Actors (GDPR)", description = "Who an audit actor id stands for; registry administrators only")
@PreAuthorize("hasRole('registry-admin')")
class ActorController {
    static final int MAX_ACTIONS = 5000;
    private final Actors actors;
    private final AuditTrail trail;

    ActorController(Actors actors, AuditTrail trail) {
        this.actors = actors;
        this.trail = trail;
    }

    record ActorExport(String actorId, String subject, String name, Instant firstSeenAt, List<AuditView> actions) {
    }

    @Operation(summary = "GDPR access request by token subject: the person's actor id and their audited actions (audited)")
    @GetMapping("/api/actors")
    ResponseEntity<ActorExport> bySubject(@RequestParam String subject) {
        return export(actors.bySubject(subject).orElseThrow(() -> new NotFoundException("No actor for that subject")));
    }

    @Operation(summary = "GDPR access request by actor id: the person's mapping and their audited actions (audited)")
    @GetMapping("/api/actors/{actorId}")
    ResponseEntity<ActorExport> byId(@PathVariable String actorId) {
        return export(actors.find(actorId).orElseThrow(() -> new NotFoundException("No actor " + actorId)));
    }

    @Operation(summary = "GDPR erasure: deletes the mapping; audit entries and events keep the id, which then names nobody")
    @DeleteMapping("/api/actors/{actorId}")
    ResponseEntity<Void> erase(@PathVariable String actorId) {
        actors.find(actorId).orElseThrow(() -> new NotFoundException("No actor " + actorId));
        trail.appendOnce(trail.entry("actor-erased:" + actorId, "ACTOR_ERASED", null, null, Map.of("actor", actorId)));
        actors.erase(actorId);
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<ActorExport> export(Actor actor) {
        trail.appendOnce(trail.entry(UUID.randomUUID().toString(), "ACTOR_EXPORTED", null, null, Map.of("actor", actor.id())));
        ActorExport export = new ActorExport(actor.id(), actor.subject(), actor.name(), actor.firstSeenAt(),
                trail.find(null, null, actor.id(), MAX_ACTIONS));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"actor-" + actor.id() + ".json\"")
                .body(export);
    }
}
