package org.roadmapmonitor.web;

import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {
    private final FrameworkCatalogue frameworks;

    HomeController(FrameworkCatalogue frameworks) {
        this.frameworks = frameworks;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("frameworks", frameworks.list());
        return "home";
    }
}
