package org.samverkan.followup.report;

import org.samverkan.followup.privacy.PersonalIdentifiers;
import org.samverkan.platform.web.RuleViolationException;
import org.springframework.stereotype.Component;

/** Report texts go to every organisation it is shared with, so they get the same screening as observations. */
@Component
class PersonalIdentifierCheck implements FreeTextCheck {
    @Override
    public void check(String field, String text) {
        PersonalIdentifiers.find(text).ifPresent(kind -> {
            throw new RuleViolationException(field, kind.message());
        });
    }
}
