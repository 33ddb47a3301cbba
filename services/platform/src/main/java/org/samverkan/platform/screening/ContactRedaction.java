package org.samverkan.platform.screening;

/**
 * Error texts from mail and SMS servers quote the address or number they refused. Such a text may be kept (a
 * failure reason, an event) or logged, and an address or number must not be: this replaces them with placeholders.
 */
public final class ContactRedaction {
    private ContactRedaction() {
    }

    public static String redact(String error) {
        return error == null ? "unknown error" : error.replaceAll("[^\\s<>\"',;]+@[^\\s<>\"',;]+", "<address>")
                .replaceAll("\\+?[0-9][0-9 -]{5,}[0-9]", "<number>");
    }
}
