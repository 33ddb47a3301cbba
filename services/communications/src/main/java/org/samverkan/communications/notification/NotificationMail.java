package org.samverkan.communications.notification;

import java.util.List;

/**
 * Writes the e-mail of one kind of notification. Each feature writes its own, so this package knows none of them.
 */
public interface NotificationMail {
    /** The kind this writes, as given to {@link Notifications#owe}. */
    String kind();

    /** What to do with the due notification {@code id} about {@code subject}. */
    Decision decide(String id, String subject);

    /** As {@link #decide(String, String)}, for a kind that needs the details its cause recorded. */
    default Decision decide(String id, String subject, java.util.Map<String, String> details) {
        return decide(id, subject);
    }

    /** Send now; wait (the cause is not confirmed yet, or not complete); or skip (it no longer applies). */
    sealed interface Decision permits Send, Wait, Skip {
    }

    /** @param to organisational or configured mailboxes */
    record Send(List<String> to, String subject, String body) implements Decision {
    }

    record Wait(String why) implements Decision {
    }

    record Skip(String why) implements Decision {
    }
}
