package org.roadmapmonitor.fund.web;

import java.util.List;
import org.roadmapmonitor.fund.Fund;
import org.roadmapmonitor.fund.FundDirectory;
import org.roadmapmonitor.fund.internal.FundAccess;
import org.roadmapmonitor.jurisdiction.Designations;
import org.roadmapmonitor.jurisdiction.Jurisdiction;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;

/** What every fund page shows around its content: the fund, its tabs, and what the viewer may do. */
final class FundPages {
    private FundPages() {}

    static Fund common(FundDirectory directory, String code, String tab, Model model) {
        Fund fund = directory.require(code);
        model.addAttribute("fund", fund);
        model.addAttribute("tab", tab);
        // What is offered follows the very rules the services enforce.
        model.addAttribute("canAdmin", FundAccess.canAdminister(fund.code()));
        model.addAttribute("canReport", FundAccess.canRecord(fund.code()));
        model.addAttribute("canDecide", FundAccess.canDecide(fund.code()));
        return fund;
    }

    /** The footnotes of the jurisdictions a fund page shows, in the wording the fund chose. */
    static List<Designations.Footnote> footnotes(
            JurisdictionDirectory jurisdictions, String fundCode, List<Jurisdiction> shown) {
        return jurisdictions.footnotes(
                shown, jurisdictions.convention(Designations.Owner.FUND, fundCode), LocaleContextHolder.getLocale());
    }
}
