package org.roadmapmonitor.opendata.web;

import org.roadmapmonitor.opendata.OpenDataCatalog;
import org.roadmapmonitor.opendata.SdmxDataflows;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public open-data page: every published dataset with its downloads, and the SDMX dataflows. */
@Controller
class OpenDataController {
    private final OpenDataCatalog catalog;
    private final SdmxDataflows sdmx;

    OpenDataController(OpenDataCatalog catalog, SdmxDataflows sdmx) {
        this.catalog = catalog;
        this.sdmx = sdmx;
    }

    @GetMapping("/open-data")
    String page(Model model) {
        model.addAttribute("datasets", catalog.datasets());
        model.addAttribute("formats", OpenDataCatalog.FORMATS);
        model.addAttribute("dataflows", sdmx.all());
        return "opendata/index";
    }
}
