package org.homecare.voucher;

import java.util.Set;

import org.homecare.deploy.test.OpenApiDocumentContract;
import org.homecare.deploy.test.RealComponentsTestResource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class VoucherOpenApiTest extends OpenApiDocumentContract {

    @Override
    protected Set<String> creatingOperations() {
        return Set.of("submitServiceLog", "issueVisitCode", "correctServiceLog");
    }
}
