package org.homecare.settlement.service;

import java.util.Map;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.problem.ApiProblem;
import org.homecare.contracts.web.PageRequest;
import org.homecare.settlement.domain.ReportFilter;
import org.homecare.settlement.domain.ReportTable;
import org.homecare.settlement.repository.ReportQueries;

/** The auditor's named reports. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Reports {

    private final Map<String, BiFunction<ReportFilter, PageRequest, ReportTable>> byName;

    public Reports(ReportQueries queries) {
        this.byName = Map.of(
                "summary", (f, p) -> queries.summary(f),
                "by-district", (f, p) -> queries.byDistrict(f, p.page(), p.size()),
                "by-provider", (f, p) -> queries.byProvider(f, p.page(), p.size()),
                "by-item", (f, p) -> queries.byItem(f, p.page(), p.size()),
                "rejections", (f, p) -> queries.rejections(f, p.page(), p.size()),
                "elder-usage", (f, p) -> queries.elderUsage(f, p.page(), p.size()),
                "anomalies", (f, p) -> queries.anomalies(f, p.page(), p.size()));
    }

    public ReportTable run(String name, ReportFilter filter, PageRequest paging) {
        BiFunction<ReportFilter, PageRequest, ReportTable> report = byName.get(name);
        if (report == null) {
            throw ApiProblem.notFound("report", name);
        }
        return report.apply(filter, paging);
    }
}
