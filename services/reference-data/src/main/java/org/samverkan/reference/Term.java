package org.samverkan.reference;

/** A coded term of the reference data: a target group, a channel kind or a resource type. */
public record Term(String code, String name, String description) {
}
