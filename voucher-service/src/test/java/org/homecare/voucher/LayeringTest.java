package org.homecare.voucher;

import org.homecare.deploy.test.LayeringContract;

/** The layering rules of {@link LayeringContract} over voucher-service's main classes. */
class LayeringTest extends LayeringContract {

    @Override
    protected String service() {
        return "voucher";
    }
}
