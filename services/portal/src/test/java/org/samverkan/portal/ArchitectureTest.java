package org.samverkan.portal;

import org.samverkan.platform.test.ServiceArchitectureChecks;

/** The portal service's shape: the rules of {@link ServiceArchitectureChecks}, on its own main classes. */
class ArchitectureTest implements ServiceArchitectureChecks {
    @Override
    public String rootPackage() {
        return "org.samverkan.portal";
    }
}
