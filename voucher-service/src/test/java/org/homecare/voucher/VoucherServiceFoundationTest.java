package org.homecare.voucher;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.ServiceFoundationContract;
import org.homecare.deploy.test.TableRows;
import org.homecare.voucher.support.TestWorld;
import org.junit.jupiter.api.BeforeEach;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class VoucherServiceFoundationTest extends ServiceFoundationContract {

    @Inject
    DataSource dataSource;

    /**
     * The contract calls as provider-a, which every endpoint refuses (PROVIDER_UNKNOWN) until voucher-service has
     * seen its provider approved: this class may run before any other has approved it.
     */
    @BeforeEach
    void providerAKnown() {
        TestWorld.providersApproved();
    }

    @Override
    protected TextWrite textWrite() {
        return new TextWrite("provider-a", "POST", "/api/v1/service-logs",
                "{\"providerLogId\":\"TEXT\",\"itemCode\":\"R01\",\"units\":1}", "providerLogId");
    }

    @Override
    protected long storedByTextWrite() {
        return TableRows.count(dataSource, "service_log");
    }

    @Override
    protected ListRead listRead() {
        return new ListRead("city-admin", "/api/v1/service-logs");
    }
}
