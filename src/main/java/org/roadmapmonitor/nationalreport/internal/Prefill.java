package org.roadmapmonitor.nationalreport.internal;

import java.util.List;
import java.util.Map;
import org.roadmapmonitor.nationalreport.Answer;
import org.roadmapmonitor.nationalreport.PoaQuestion;
import org.roadmapmonitor.nationalreport.PoaReport;

/** What the records say for each question, and SDG 16.4.2 per reporting year. */
public record Prefill(Map<PoaQuestion, Suggestion> suggestions, List<PoaReport.SdgYear> sdg) {
    /**
     * A suggested answer (null when the records cannot decide) and why, as a message key with arguments; counts
     * of men and women when a source knows them.
     */
    public record Suggestion(Answer answer, String key, List<String> args, Integer men, Integer women) {
        static Suggestion of(Answer answer, String key, Object... args) {
            return new Suggestion(answer, key, PoaRepository.args(args), null, null);
        }

        static Suggestion ask() {
            return of(null, "nationalreport.basis.askUser");
        }
    }
}
