package org.samverkan.registry;

import org.samverkan.platform.test.RequestScreeningChecks;
import org.samverkan.platform.test.ServiceArchitectureChecks;

/** The stakeholder-registry service's shape: the rules of {@link ServiceArchitectureChecks}, on its own main classes. */
class ArchitectureTest implements ServiceArchitectureChecks, RequestScreeningChecks {
    @Override
    public String rootPackage() {
        return "org.samverkan.registry";
    }
}
