package org.roadmapmonitor.fund;

import java.util.Map;

/**
 * A posting as typed into a form or sent as JSON: every value as text (decimals exactly as written, never
 * through binary floating point), so that the service can list every problem at once.
 */
public record PostingRequest(
        String donor,
        String project,
        String organisation,
        String date,
        String amount,
        String currency,
        String usdRate,
        String kind,
        String year,
        String memo) {

    public static PostingRequest of(Map<String, String> fields) {
        return new PostingRequest(
                fields.get("donor"),
                fields.get("project"),
                fields.get("organisation"),
                fields.get("date"),
                fields.get("amount"),
                fields.get("currency"),
                fields.get("usdRate"),
                fields.get("kind"),
                fields.get("year"),
                fields.get("memo"));
    }
}
