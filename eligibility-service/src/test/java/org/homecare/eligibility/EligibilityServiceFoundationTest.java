package org.homecare.eligibility;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.ServiceFoundationContract;
import org.homecare.deploy.test.TableRows;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class EligibilityServiceFoundationTest extends ServiceFoundationContract {

    @Inject
    DataSource dataSource;

    @Override
    protected TextWrite textWrite() {
        return new TextWrite("city-admin", "POST", "/api/v1/policies",
                "{\"code\":\"TEXT_CHECK\",\"name\":\"TEXT\",\"validFrom\":\"2030-01-01\"}", "name");
    }

    @Override
    protected long storedByTextWrite() {
        return TableRows.count(dataSource, "policy");
    }

    @Override
    protected ListRead listRead() {
        return new ListRead("city-admin", "/api/v1/policies");
    }
}
