package org.homecare.voucher;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.ServiceFoundationContract;
import org.homecare.deploy.test.TableRows;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class VoucherServiceFoundationTest extends ServiceFoundationContract {

    @Inject
    DataSource dataSource;

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
