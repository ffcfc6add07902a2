package org.roadmapmonitor.fund.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.roadmapmonitor.fund.Fund;
import org.roadmapmonitor.fund.FundSetupRequest;
import org.roadmapmonitor.shared.BadRequestException;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a fund set-up request from JSON, rates exactly, listing every shape problem at once. */
final class FundSetupReader {
    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final Set<String> FIELDS = Set.of(
            "code",
            "name",
            "framework",
            "administrativeAgent",
            "administrativeAgentIatiRef",
            "chair",
            "startDate",
            "endDate",
            "feeRate",
            "indirectRate",
            "iatiIdentifier",
            "participatingOrganisations");

    private FundSetupReader() {}

    static FundSetupRequest read(byte[] body) {
        JsonNode root;
        try {
            root = EXACT.readTree(body);
        } catch (JacksonException e) {
            throw new BadRequestException("$", "problem.notJson", e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new BadRequestException("$", "problem.notAJsonObject");
        }
        List<Problem> problems = new ArrayList<>();
        root.propertyNames().forEach(n -> {
            if (!FIELDS.contains(n)) {
                problems.add(Problem.at(n, "fund.problem.notAFundField", FIELDS));
            }
        });
        List<Fund.Organisation> organisations = new ArrayList<>();
        organisations.add(new Fund.Organisation(
                "AA",
                text(root, "administrativeAgent"),
                Fund.Organisation.Role.ADMINISTRATIVE_AGENT,
                text(root, "administrativeAgentIatiRef"),
                null));
        JsonNode punos = root.path("participatingOrganisations");
        for (int i = 0; i < punos.size(); i++) {
            JsonNode o = punos.get(i);
            if (text(o, "code") == null || text(o, "name") == null) {
                problems.add(Problem.at("participatingOrganisations[" + i + "]", "fund.problem.codeAndName"));
            } else {
                organisations.add(new Fund.Organisation(
                        text(o, "code"),
                        text(o, "name"),
                        Fund.Organisation.Role.PARTICIPATING_ORGANISATION,
                        text(o, "iatiRef"),
                        text(o, "accountOrganisation")));
            }
        }
        var request = new FundSetupRequest(
                text(root, "code"),
                text(root, "name"),
                text(root, "framework"),
                text(root, "administrativeAgent"),
                text(root, "chair"),
                date(root, "startDate", problems),
                date(root, "endDate", problems),
                decimal(root, "feeRate", problems),
                decimal(root, "indirectRate", problems),
                text(root, "iatiIdentifier"),
                false,
                organisations);
        if (!problems.isEmpty()) {
            throw new InvalidException("fund.refused.fund", problems);
        }
        return request;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asString().isBlank()
                ? null
                : v.asString().strip();
    }

    private static LocalDate date(JsonNode node, String field, List<Problem> problems) {
        String t = text(node, field);
        try {
            return t == null ? null : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            problems.add(Problem.at(field, "problem.notADate", t));
            return null;
        }
    }

    private static BigDecimal decimal(JsonNode node, String field, List<Problem> problems) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        try {
            return v.isNumber() ? v.decimalValue() : new BigDecimal(v.asString().strip());
        } catch (NumberFormatException e) {
            problems.add(Problem.at(field, "problem.fraction"));
            return null;
        }
    }
}
