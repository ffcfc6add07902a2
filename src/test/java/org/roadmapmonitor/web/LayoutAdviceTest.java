package org.roadmapmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.roadmapmonitor.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** The frame of every page is added after its handler ran, to pages only, without replacing the handler's own. */
@IntegrationTest
class LayoutAdviceTest {
    @Autowired
    LayoutAdvice layout;

    private ModelAndView after(ModelAndView mav) {
        var request = new MockHttpServletRequest("GET", "/frameworks");
        layout.postHandle(request, new MockHttpServletResponse(), new Object(), mav);
        return mav;
    }

    @Test
    void aPageGetsTheFrame() {
        var model = after(new ModelAndView("frameworks/list")).getModel();
        assertThat(model).containsKeys("demoMode", "me", "requestPath", "designations", "languages", "unread");
        assertThat(model.get("requestPath")).isEqualTo("/frameworks");
        assertThat((List<?>) model.get("languages")).hasSize(3);
    }

    @Test
    void aHandlersOwnFootnotesAreKept() {
        var mav = new ModelAndView("frameworks/page");
        mav.addObject("designations", List.of());
        assertThat(after(mav).getModel().get("designations")).isEqualTo(List.of());
    }

    @Test
    void aRedirectAForwardAndAnAnswerWithoutViewGetNothing() {
        assertThat(after(new ModelAndView("redirect:/frameworks")).getModel()).isEmpty();
        assertThat(after(new ModelAndView("forward:/frameworks")).getModel()).isEmpty();
        assertThat(after(new ModelAndView(new RedirectView("/frameworks"))).getModel())
                .isEmpty();
        layout.postHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), new Object(), null);
    }
}
