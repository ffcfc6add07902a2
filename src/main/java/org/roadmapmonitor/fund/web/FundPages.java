package org.roadmapmonitor.fund.web;

import org.roadmapmonitor.fund.Fund;
import org.roadmapmonitor.fund.FundDirectory;
import org.roadmapmonitor.fund.internal.FundAccess;
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
}
