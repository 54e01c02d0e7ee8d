package org.homecare.eligibility;

import org.homecare.deploy.test.LayeringContract;

/** The layering rules of {@link LayeringContract} over eligibility-service's main classes. */
class LayeringTest extends LayeringContract {

    @Override
    protected String service() {
        return "eligibility";
    }
}
