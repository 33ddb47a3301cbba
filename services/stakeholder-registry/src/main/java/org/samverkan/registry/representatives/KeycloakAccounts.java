package org.samverkan.registry.representatives;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;

/**
 * Representatives' accounts in Keycloak. The organisations a person represents are the multivalued user attribute
 * {@code org_ids}, which the realm's mapper puts in the token; the user's whole representation is read and written
 * back, because a PUT with attributes replaces them all. Only user endpoints are used, so the registry's client
 * needs no more than manage-users and view-users (the role to map is found among the user's available roles).
 */
class KeycloakAccounts implements Accounts {
    static final String ORG_IDS = "org_ids";
    static final String ROLE = "representative";
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };
    private final KeycloakAdmin admin;
    private final AccountsProperties properties;

    KeycloakAccounts(KeycloakAdmin admin, AccountsProperties properties) {
        this.admin = admin;
        this.properties = properties;
    }

    @Override
    public String invite(String email, String organizationId) {
        String id = find(email).orElseGet(() -> create(email, organizationId));
        Map<String, Object> user = user(id);
        List<String> orgIds = orgIds(user);
        if (!orgIds.contains(organizationId)) {
            orgIds.add(organizationId);
            write(id, user, orgIds);
        }
        role(id, "/available").ifPresent(role ->
                admin.call(HttpMethod.POST, "/users/{id}/role-mappings/realm", List.of(role), null, id));
        if (!hasPassword(id)) {
            sendSetPasswordMail(id);
        }
        return id;
    }

    @Override
    public boolean remove(String accountId, String organizationId) {
        Map<String, Object> user;
        try {
            user = user(accountId);
        } catch (AccountsUnavailable e) {
            if (e.notFound()) {
                return false; // the account was deleted at the provider: nothing left to take away
            }
            throw e;
        }
        List<String> orgIds = orgIds(user);
        if (orgIds.remove(organizationId)) {
            write(accountId, user, orgIds);
        }
        if (orgIds.isEmpty()) {
            role(accountId, "").ifPresent(role ->
                    admin.call(HttpMethod.DELETE, "/users/{id}/role-mappings/realm", List.of(role), null, accountId));
        }
        // Its refresh tokens die with the sessions; an access token lives at most the realm's 5 minutes.
        admin.call(HttpMethod.POST, "/users/{id}/logout", null, null, accountId);
        return !orgIds.isEmpty();
    }

    @Override
    public void delete(String accountId) {
        try {
            admin.call(HttpMethod.DELETE, "/users/{id}", null, null, accountId);
        } catch (AccountsUnavailable e) {
            if (!e.notFound()) {
                throw e; // 404: an erasure repeated
            }
        }
    }

    private Optional<String> find(String email) {
        List<Map<String, Object>> found = admin.call(HttpMethod.GET, "/users?email={email}&exact=true&briefRepresentation=true",
                null, LIST, email).getBody();
        return found == null ? Optional.empty() : found.stream().map(u -> String.valueOf(u.get("id"))).findFirst();
    }

    private String create(String email, String organizationId) {
        Map<String, Object> user = Map.of("username", email, "email", email, "enabled", true,
                "attributes", Map.of(ORG_IDS, List.of(organizationId)));
        try {
            URI location = admin.call(HttpMethod.POST, "/users", user, null).getHeaders().getLocation();
            String path = location.getPath();
            return path.substring(path.lastIndexOf('/') + 1);
        } catch (AccountsUnavailable e) {
            // 409: created meanwhile (a concurrent invitation of the same person)
            return find(email).orElseThrow(() -> e);
        }
    }

    private Map<String, Object> user(String id) {
        return admin.call(HttpMethod.GET, "/users/{id}", null, KeycloakAdmin.OBJECT, id).getBody();
    }

    @SuppressWarnings("unchecked")
    private static List<String> orgIds(Map<String, Object> user) {
        Map<String, Object> attributes = (Map<String, Object>) user.getOrDefault("attributes", Map.of());
        return new ArrayList<>((List<String>) attributes.getOrDefault(ORG_IDS, List.of()));
    }

    @SuppressWarnings("unchecked")
    private void write(String id, Map<String, Object> user, List<String> orgIds) {
        Map<String, Object> attributes = new HashMap<>((Map<String, Object>) user.getOrDefault("attributes", Map.of()));
        if (orgIds.isEmpty()) {
            attributes.remove(ORG_IDS);
        } else {
            attributes.put(ORG_IDS, orgIds);
        }
        Map<String, Object> changed = new HashMap<>(user);
        changed.put("attributes", attributes);
        admin.call(HttpMethod.PUT, "/users/{id}", changed, null, id);
    }

    /** The representative role among the user's realm roles ("") or those still available to it ("/available"). */
    private Optional<Map<String, Object>> role(String id, String which) {
        List<Map<String, Object>> roles = admin.call(HttpMethod.GET, "/users/{id}/role-mappings/realm" + which, null, LIST, id).getBody();
        return roles == null ? Optional.empty() : roles.stream().filter(r -> ROLE.equals(r.get("name"))).findFirst();
    }

    private boolean hasPassword(String id) {
        List<Map<String, Object>> credentials = admin.call(HttpMethod.GET, "/users/{id}/credentials", null, LIST, id).getBody();
        return credentials != null && credentials.stream().anyMatch(c -> "password".equals(c.get("type")));
    }

    /** Keycloak's own e-mail with a link to set the password; after it the person lands at the portal. */
    private void sendSetPasswordMail(String id) {
        StringBuilder query = new StringBuilder("/users/{id}/execute-actions-email?client_id={client}&lifespan={seconds}");
        List<Object> variables = new ArrayList<>(List.of(id, properties.invitationClient(), properties.invitationLifespan().toSeconds()));
        if (properties.redirectUri() != null && !properties.redirectUri().isBlank()) {
            query.append("&redirect_uri={redirect}");
            variables.add(properties.redirectUri());
        }
        admin.call(HttpMethod.PUT, query.toString(), List.of("UPDATE_PASSWORD"), null, variables.toArray());
    }
}
