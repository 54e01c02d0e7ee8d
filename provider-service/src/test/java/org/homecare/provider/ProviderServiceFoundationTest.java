package org.homecare.provider;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.homecare.deploy.test.RealComponentsTestResource;
import org.homecare.deploy.test.ServiceFoundationContract;
import org.homecare.deploy.test.TableRows;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(RealComponentsTestResource.class)
class ProviderServiceFoundationTest extends ServiceFoundationContract {

    @Inject
    DataSource dataSource;

    @Override
    protected TextWrite textWrite() {
        return new TextWrite("city-admin", "POST", "/api/v1/providers",
                "{\"creditCode\":\"91340100MA2NHC015G\",\"name\":\"TEXT\",\"address\":\"Hefei\"}", "name");
    }

    @Override
    protected long storedByTextWrite() {
        return TableRows.count(dataSource, "provider");
    }

    @Override
    protected ListRead listRead() {
        return new ListRead("city-admin", "/api/v1/providers");
    }
}
