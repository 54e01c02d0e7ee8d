package org.homecare.eligibility.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.homecare.contracts.caller.DistrictScope;
import org.homecare.contracts.identity.ResidentIdNumber;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.contracts.web.PageRequest;
import org.homecare.contracts.web.Paged;
import org.homecare.eligibility.domain.ElderQuery;
import org.homecare.eligibility.domain.ElderSummary;
import org.homecare.eligibility.repository.ElderSearch;

/** Finds elders for the staff who own them: always inside the caller's districts, whatever the filters say. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ElderFinder {

    /** The filters as the request gave them, each optional. */
    public record Filters(Optional<String> idNumber, Optional<String> namePrefix, Optional<String> district,
            Optional<String> streetPrefix, Optional<Boolean> eligible) {
    }

    private final ElderSearch search;
    private final IdNumberKeys idNumberKeys;

    public ElderFinder(ElderSearch search, IdNumberKeys idNumberKeys) {
        this.search = search;
        this.idNumberKeys = idNumberKeys;
    }

    public Paged<ElderSummary> find(Filters filters, DistrictScope scope, PageRequest paging) {
        ElderQuery query = new ElderQuery(filters.idNumber().map(this::hashOf), filters.namePrefix(),
                scope.narrowedTo(filters.district()), filters.streetPrefix(), filters.eligible());
        return paging.answer(search.page(query, paging.offset(), paging.size()), search.count(query));
    }

    /** The number itself goes no further than this method: not into SQL, not into an error message. */
    private String hashOf(String idNumber) {
        ResidentIdNumber.Result parsed = ResidentIdNumber.parse(idNumber);
        if (!parsed.valid()) {
            throw ApiProblem.badRequest("idNumber", parsed.problem());
        }
        return idNumberKeys.of(parsed.number().orElseThrow());
    }
}
