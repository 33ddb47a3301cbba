package org.samverkan.inventory;

import org.samverkan.platform.test.ServiceArchitectureChecks;

/** The needs-capacity service's shape: the rules of {@link ServiceArchitectureChecks}, on its own main classes. */
class ArchitectureTest implements ServiceArchitectureChecks {
    @Override
    public String rootPackage() {
        return "org.samverkan.inventory";
    }
}
