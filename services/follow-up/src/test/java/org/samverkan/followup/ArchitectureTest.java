package org.samverkan.followup;

import org.samverkan.platform.test.RequestScreeningChecks;
import org.samverkan.platform.test.ServiceArchitectureChecks;

/** The follow-up service's shape: the rules of {@link ServiceArchitectureChecks}, on its own main classes. */
class ArchitectureTest implements ServiceArchitectureChecks, RequestScreeningChecks {
    @Override
    public String rootPackage() {
        return "org.samverkan.followup";
    }
}
