package org.homecare.provider;

import org.homecare.deploy.test.LayeringContract;

/** The layering rules of {@link LayeringContract} over provider-service's main classes. */
class LayeringTest extends LayeringContract {

    @Override
    protected String service() {
        return "provider";
    }
}
