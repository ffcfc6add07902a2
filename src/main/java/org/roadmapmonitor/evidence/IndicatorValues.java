package org.roadmapmonitor.evidence;

import java.math.BigDecimal;
import java.util.List;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.identity.RoadmapUser;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.shared.BadRequestException;
import org.roadmapmonitor.shared.DerivedValues.Computed;
import org.roadmapmonitor.shared.ForbiddenException;
import org.roadmapmonitor.shared.NotFoundException;
import org.roadmapmonitor.shared.PeriodCode;
import org.roadmapmonitor.shared.Texts;
import org.springframework.stereotype.Service;

/**
 * The computed values of a framework's derived indicator (latest version) for a jurisdiction or region and a
 * period, with where its records are. Like 16.4.2, computed figures are for the secretariat and the
 * jurisdiction's own people; operands of a formula that are typed into reports are not read here (reporting
 * passes them when it asks through {@link org.roadmapmonitor.shared.DerivedValues}).
 */
@Service
public class IndicatorValues {
    private final FrameworkCatalogue frameworks;
    private final JurisdictionDirectory jurisdictions;
    private final DerivedKpis derived;
    private final Texts texts;

    public IndicatorValues(
            FrameworkCatalogue frameworks, JurisdictionDirectory jurisdictions, DerivedKpis derived, Texts texts) {
        this.frameworks = frameworks;
        this.jurisdictions = jurisdictions;
        this.derived = derived;
        this.texts = texts;
    }

    public record Values(
            String framework,
            String indicator,
            String jurisdiction,
            String period,
            String formula,
            List<Computed> values) {}

    public Values values(String frameworkCode, String indicatorCode, String jurisdiction, String periodCode) {
        FrameworkDocument doc = frameworks.latest(frameworkCode);
        var indicator = doc.indicator(indicatorCode)
                .orElseThrow(() ->
                        new NotFoundException(texts.get("evidence.indicator.unknown", indicatorCode, frameworkCode)));
        if (indicator.formula() == null) {
            throw new BadRequestException("indicator", texts.get("evidence.indicator.notDerived", indicatorCode));
        }
        var place = jurisdictions
                .find(jurisdiction == null ? "" : jurisdiction.strip())
                .orElseThrow(() -> new NotFoundException(texts.get("evidence.sdg.unknownJurisdiction", jurisdiction)));
        RoadmapUser user = CurrentUser.require();
        if (!user.isSecretariat() && !user.jurisdictions().contains(place.code())) {
            throw new ForbiddenException(texts.get("evidence.sdg.notYours", place.code()));
        }
        PeriodCode period;
        try {
            period = PeriodCode.parse(periodCode == null ? "" : periodCode.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("period", texts.get("evidence.indicator.badPeriod", periodCode));
        }
        var cells = derived.compute(
                        indicator.formula(), place.code(), period, code -> operand(doc, code, place.code(), period))
                .orElseThrow(() -> new BadRequestException(
                        "indicator", texts.get("evidence.indicator.unknownMeasure", indicator.formula())));
        return new Values(doc.code(), indicator.code(), place.code(), period.code(), indicator.formula(), cells);
    }

    /** Another derived indicator's total; a typed one has no value here. */
    private BigDecimal operand(FrameworkDocument doc, String code, String jurisdiction, PeriodCode period) {
        var other = doc.indicator(code).orElse(null);
        if (other == null || other.formula() == null || !other.formula().startsWith("evidence:")) {
            return null;
        }
        return derived.compute(other.formula(), jurisdiction, period, c -> null).orElse(List.of()).stream()
                .filter(c -> c.disaggregationKey().isEmpty())
                .map(Computed::value)
                .findFirst()
                .orElse(null);
    }
}
