package org.homecare.settlement.repository;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.homecare.settlement.domain.AnomalyThresholds;
import org.homecare.settlement.domain.ReportFilter;
import org.homecare.settlement.domain.ReportTable;

/**
 * The auditor's reports, computed in SQL over the log copy. Counted logs are accepted and not voided; the filters
 * (districts, provider) are added only when given. The districts are the caller's scope narrowed by the request
 * ({@link ReportFilter#of}), so a district auditor's every report counts its districts' logs only.
 */
@ApplicationScoped
public class ReportQueries {

    private final EntityManager em;
    private final AnomalyThresholds thresholds;

    public ReportQueries(EntityManager em, AnomalyThresholds thresholds) {
        this.em = em;
        this.thresholds = thresholds;
    }

    public ReportTable summary(ReportFilter f) {
        Conditions c = counted(f, "l");
        Conditions r = conditions(f, "r");
        String sql = "select (select count(distinct l.elder_id) from service_log l where " + c.sql + ") as elders, "
                + "(select count(distinct l.provider_id) from service_log l where " + c.sql + ") as providers, "
                + "(select count(*) from service_log l where " + c.sql + ") as visits, "
                + "(select coalesce(sum(l.units), 0) from service_log l where " + c.sql + ") as units, "
                + "(select coalesce(sum(l.amount_fen), 0) from service_log l where " + c.sql + ") as amount_fen, "
                + "(select count(*) from service_log l where " + voided(f, "l").sql + ") as voided, "
                + "(select count(*) from rejected_log r where " + r.sql + ") as rejected";
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            params.addAll(c.params);
        }
        params.addAll(voided(f, "l").params);
        params.addAll(r.params);
        return table(List.of("elders", "providers", "visits", "units", "amountFen", "voided", "rejected"), sql,
                params, "", 0, 1);
    }

    public ReportTable byDistrict(ReportFilter f, int page, int size) {
        Conditions c = counted(f, "l");
        return table(List.of("districtCode", "elders", "visits", "units", "amountFen"),
                "select l.district_code, count(distinct l.elder_id), count(*), coalesce(sum(l.units), 0), "
                        + "coalesce(sum(l.amount_fen), 0) from service_log l where " + c.sql
                        + " group by l.district_code",
                c.params, "order by 1", page, size);
    }

    public ReportTable byProvider(ReportFilter f, int page, int size) {
        Conditions c = counted(f, "l");
        return table(List.of("providerId", "providerName", "creditCode", "elders", "visits", "units", "amountFen"),
                "select l.provider_id, p.name, p.credit_code, count(distinct l.elder_id), count(*), "
                        + "coalesce(sum(l.units), 0), coalesce(sum(l.amount_fen), 0) from service_log l "
                        + "left join provider_ref p on p.id = l.provider_id where " + c.sql
                        + " group by l.provider_id, p.name, p.credit_code",
                c.params, "order by 1", page, size);
    }

    public ReportTable byItem(ReportFilter f, int page, int size) {
        Conditions c = counted(f, "l");
        return table(List.of("category", "itemCode", "elders", "visits", "units", "amountFen"),
                "select l.category, l.item_code, count(distinct l.elder_id), count(*), coalesce(sum(l.units), 0), "
                        + "coalesce(sum(l.amount_fen), 0) from service_log l where " + c.sql
                        + " group by l.category, l.item_code",
                c.params, "order by 1, 2", page, size);
    }

    public ReportTable rejections(ReportFilter f, int page, int size) {
        Conditions r = conditions(f, "r");
        return table(List.of("reason", "rejections"),
                "select reason, count(*) from rejected_log r, unnest(string_to_array(r.reasons, ',')) as reason "
                        + "where " + r.sql + " group by reason",
                r.params, "order by 2 desc, 1", page, size);
    }

    public ReportTable elderUsage(ReportFilter f, int page, int size) {
        Conditions c = counted(f, "l");
        return table(List.of("elderId", "districtCode", "visits", "units", "amountFen", "providers"),
                "select l.elder_id, min(l.district_code), count(*), coalesce(sum(l.units), 0), "
                        + "coalesce(sum(l.amount_fen), 0), count(distinct l.provider_id) from service_log l where "
                        + c.sql + " group by l.elder_id",
                c.params, "order by 5 desc, 1", page, size);
    }

    /**
     * One row per finding: the kind, the log (and for an overlap the other log), who and a short detail. Overlaps
     * compare people (the caregiver's person key) across providers, falling back to the caregiver id.
     */
    public ReportTable anomalies(ReportFilter f, int page, int size) {
        Conditions c = counted(f, "l");
        Conditions c2 = counted(f, "l");
        Conditions c3 = counted(f, "l");
        Conditions c4 = counted(f, "l");
        Conditions c5 = counted(f, "l");
        Conditions c6 = counted(f, "l");
        Conditions inPeriod = counted(f.wholeCity(), "m");
        // the other visit may lie in a district the caller does not see: the overlap is still a finding about its
        // own log, but the other log's id is shown only within the caller's districts
        Conditions otherShown = inDistricts(f, "m");
        String sql = """
                select 'CAREGIVER_OVERLAP' as kind, l.id as log_id, case when %11$s then m.id end as other_log_id,
                       l.provider_id, l.elder_id, l.caregiver_id, 'overlaps another visit of the same person' as detail
                from service_log l
                left join caregiver_ref lc on lc.id = l.caregiver_id
                join service_log m on m.id <> l.id and m.start_time < l.end_time and l.start_time < m.end_time
                left join caregiver_ref mc on mc.id = m.caregiver_id
                where %1$s and %7$s
                  and coalesce(lc.person_key, cast(l.caregiver_id as text)) = coalesce(mc.person_key, cast(m.caregiver_id as text))
                union all
                select case when e.reason = 'DECEASED' then 'SERVICE_AFTER_DEATH' else 'SERVICE_AFTER_REVOCATION' end,
                       l.id, null, l.provider_id, l.elder_id, l.caregiver_id,
                       'service on ' || l.service_date || ', eligibility ended ' || e.effective_from || ' (' || e.reason || ')'
                from service_log l
                join elder_status_change e on e.elder_id = l.elder_id and e.effective_from <= l.service_date
                where %2$s
                union all
                select 'SERVICE_WHILE_PROVIDER_SUSPENDED', l.id, null, l.provider_id, l.elder_id, l.caregiver_id,
                       'provider ' || s.status || ' from ' || s.effective_from
                from service_log l
                join lateral (select sc.status, sc.effective_from from provider_status_change sc
                              where sc.provider_id = l.provider_id and sc.effective_from <= l.service_date
                              order by sc.effective_from desc, sc.status limit 1) s on s.status in ('SUSPENDED', 'TERMINATED')
                where %3$s
                union all
                select 'SHORT_VISIT', l.id, null, l.provider_id, l.elder_id, l.caregiver_id,
                       round(extract(epoch from l.end_time - l.start_time) / 60) || ' min against a median of '
                       || round(n.median_minutes) || ' min for ' || l.item_code
                from service_log l
                join (select m.item_code, percentile_cont(0.5) within group
                             (order by extract(epoch from m.end_time - m.start_time) / 60) as median_minutes
                      from service_log m where %7$s and m.start_time is not null group by m.item_code) n
                  on n.item_code = l.item_code
                where %4$s and extract(epoch from l.end_time - l.start_time) / 60 < n.median_minutes * %8$s
                union all
                select 'UNUSUAL_ELDER_VOLUME', null, null, null, v.elder_id, null, v.visits || ' visits'
                from (select l.elder_id, count(*) as visits, avg(count(*)) over () as average
                      from service_log l where %5$s group by l.elder_id) v
                where v.visits >= %10$s and v.visits > v.average * %9$s
                union all
                select 'UNUSUAL_CAREGIVER_VOLUME', null, null, null, null, v.caregiver_id, v.visits || ' visits'
                from (select l.caregiver_id, count(*) as visits, avg(count(*)) over () as average
                      from service_log l where %6$s and l.caregiver_id is not null group by l.caregiver_id) v
                where v.visits >= %10$s and v.visits > v.average * %9$s
                """.formatted(c.sql, c2.sql, c3.sql, c4.sql, c5.sql, c6.sql, inPeriod.sql,
                thresholds.shortVisitFraction(), thresholds.unusualVolumeFactor(), thresholds.unusualVolumeMinimum(),
                otherShown.sql);
        List<Object> params = new ArrayList<>();
        params.addAll(otherShown.params);
        params.addAll(c.params);
        params.addAll(inPeriod.params);
        params.addAll(c2.params);
        params.addAll(c3.params);
        params.addAll(inPeriod.params);
        params.addAll(c4.params);
        params.addAll(c5.params);
        params.addAll(c6.params);
        return table(List.of("kind", "serviceLogId", "otherServiceLogId", "providerId", "elderId", "caregiverId",
                "detail"), sql, params, "order by 1, 2, 3, 5, 6", page, size);
    }

    private record Conditions(String sql, List<Object> params) {
    }

    private static Conditions counted(ReportFilter f, String alias) {
        Conditions base = conditions(f, alias);
        return new Conditions(base.sql + " and " + alias + ".accepted_at is not null and " + alias
                + ".voided_at is null", base.params);
    }

    private static Conditions voided(ReportFilter f, String alias) {
        Conditions base = conditions(f, alias);
        return new Conditions(base.sql + " and " + alias + ".accepted_at is not null and " + alias
                + ".voided_at is not null", base.params);
    }

    /** Positional parameters are written as "?" and numbered when the query is run. */
    private static Conditions conditions(ReportFilter f, String alias) {
        StringBuilder sql = new StringBuilder(alias + ".period = ?");
        List<Object> params = new ArrayList<>(List.of(f.period()));
        if (f.districts().isPresent()) {
            Conditions districts = inDistricts(f, alias);
            sql.append(" and ").append(districts.sql);
            params.addAll(districts.params);
        }
        if (f.provider() != null) {
            sql.append(" and ").append(alias).append(".provider_id = ?");
            params.add(f.provider());
        }
        return new Conditions(sql.toString(), params);
    }

    /** The row lies in one of the filter's districts; always true for the whole city. */
    private static Conditions inDistricts(ReportFilter f, String alias) {
        if (f.districts().isEmpty()) {
            return new Conditions("true", List.of());
        }
        List<String> codes = f.sortedDistricts();
        return new Conditions(alias + ".district_code in (" + String.join(", ", Collections.nCopies(codes.size(),
                "?")) + ")", List.copyOf(codes));
    }

    private ReportTable table(List<String> columns, String sql, List<Object> params, String order, int page,
            int size) {
        Query rows = em.createNativeQuery(numbered("select * from (" + sql + ") report " + order
                + " limit " + size + " offset " + ((long) page * size)));
        Query count = em.createNativeQuery(numbered("select count(*) from (" + sql + ") report"));
        for (int i = 0; i < params.size(); i++) {
            rows.setParameter(i + 1, params.get(i));
            count.setParameter(i + 1, params.get(i));
        }
        List<List<Object>> result = new ArrayList<>();
        for (Object row : rows.getResultList()) {
            Object[] values = row instanceof Object[] array ? array : new Object[] { row };
            result.add(Arrays.stream(values).map(ReportQueries::plain).toList());
        }
        return new ReportTable(columns, result, ((Number) count.getSingleResult()).longValue());
    }

    private static String numbered(String sql) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (char ch : sql.toCharArray()) {
            out.append(ch);
            if (ch == '?') {
                out.append(++n);
            }
        }
        return out.toString();
    }

    /** Numbers as long (counts, fen), everything else as text, so JSON and CSV read the same. */
    private static Object plain(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        return value == null ? null : value.toString();
    }

}
