package org.homecare.settlement;

import org.homecare.deploy.test.LayeringContract;

/** The layering rules of {@link LayeringContract} over settlement-service's main classes. */
class LayeringTest extends LayeringContract {

    @Override
    protected String service() {
        return "settlement";
    }
}
