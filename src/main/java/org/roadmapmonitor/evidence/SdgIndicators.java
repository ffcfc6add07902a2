package org.roadmapmonitor.evidence;

import java.sql.Date;
import java.util.List;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.identity.RoadmapUser;
import org.roadmapmonitor.jurisdiction.Jurisdiction;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.shared.BadRequestException;
import org.roadmapmonitor.shared.ForbiddenException;
import org.roadmapmonitor.shared.NotFoundException;
import org.roadmapmonitor.shared.PeriodCode;
import org.roadmapmonitor.shared.PeriodType;
import org.roadmapmonitor.shared.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * SDG indicator 16.4.2 for a jurisdiction or a region and a year, computed from the weapon items recorded
 * now (so earlier years change when late tracing answers are recorded). The counts come from one grouped
 * query over the jurisdiction's subtree (its materialised path); the rules are {@link Sdg1642}'s. Computed
 * figures are not published ones: the secretariat sees every jurisdiction and region, a jurisdiction's own
 * people see theirs.
 */
@Service
public class SdgIndicators {
    private final JdbcClient jdbc;
    private final JurisdictionDirectory jurisdictions;
    private final Texts texts;

    public SdgIndicators(JdbcClient jdbc, JurisdictionDirectory jurisdictions, Texts texts) {
        this.jdbc = jdbc;
        this.jurisdictions = jurisdictions;
        this.texts = texts;
    }

    /** The reason given for a jurisdiction that is not (and holds no) UN Member State. */
    public static final String NOT_UN_MEMBER = "evidence.sdg.notUnMember";

    public record Figure(String jurisdiction, String period, Sdg1642.Result result) {}

    public Figure indicator1642(String jurisdictionCode, String periodCode) {
        PeriodCode period = year(periodCode);
        Jurisdiction place = jurisdictions
                .find(jurisdictionCode)
                .orElseThrow(
                        () -> new NotFoundException(texts.get("evidence.sdg.unknownJurisdiction", jurisdictionCode)));
        mayRead(place.code());
        // The SDG series holds UN Member States only (Kosovo, Montserrat are left out, also of a region's sums).
        List<String> members = jurisdictions.unMemberStatesOnly(
                jurisdictions.subtree(place.code()).stream()
                        .map(Jurisdiction::code)
                        .toList(),
                code -> code);
        if (members.isEmpty()) {
            Sdg1642.Result none = Sdg1642.compute(List.of());
            return new Figure(
                    place.code(),
                    period.code(),
                    new Sdg1642.Result(0, 0, null, NOT_UN_MEMBER, none.breakdown(), none.excluded()));
        }
        var counts = jdbc.sql("""
                select e.event_type, e.criminal_offence, w.antique, w.marking_status = 'UNIQUELY_MARKED',
                       w.tracing_status, case when w.origin_established then w.origin_method end, count(*)
                from arms_event e
                join weapon_item w on w.event_id = e.id
                where e.jurisdiction_code = any(?) and e.event_date between ? and ?
                group by 1, 2, 3, 4, 5, 6""")
                .params(members.toArray(String[]::new), Date.valueOf(period.start()), Date.valueOf(period.end()))
                .query((rs, i) -> new Sdg1642.Count(
                        rs.getString(1),
                        (Boolean) rs.getObject(2),
                        rs.getBoolean(3),
                        rs.getBoolean(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getLong(7)))
                .list();
        return new Figure(place.code(), period.code(), Sdg1642.compute(counts));
    }

    public String reason(Sdg1642.Result result) {
        return result.reason() == null ? null : texts.get(result.reason());
    }

    private PeriodCode year(String code) {
        PeriodCode period;
        try {
            period = PeriodCode.parse(code == null ? "" : code.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("period", texts.get("evidence.sdg.yearOnly", code));
        }
        if (period.type() != PeriodType.YEARLY) {
            throw new BadRequestException("period", texts.get("evidence.sdg.yearOnly", code));
        }
        return period;
    }

    private void mayRead(String jurisdiction) {
        RoadmapUser user = CurrentUser.require();
        if (!user.isSecretariat() && !user.jurisdictions().contains(jurisdiction)) {
            throw new ForbiddenException(texts.get("evidence.sdg.notYours", jurisdiction));
        }
    }
}
