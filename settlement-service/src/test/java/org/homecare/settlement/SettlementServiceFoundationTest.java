package org.homecare.settlement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.ServiceFoundationContract;
import org.homecare.deploy.test.TableRows;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class SettlementServiceFoundationTest extends ServiceFoundationContract {

    @Inject
    DataSource dataSource;

    @Override
    protected TextWrite textWrite() {
        return new TextWrite("auditor", "POST", "/api/v1/audits/samples",
                "{\"period\":\"2026-11\",\"size\":5,\"seed\":\"TEXT\"}", "seed");
    }

    @Override
    protected long storedByTextWrite() {
        return TableRows.count(dataSource, "audit_sample");
    }

    @Override
    protected ListRead listRead() {
        return new ListRead("city-admin", "/api/v1/periods/2026-11/statements");
    }
}
