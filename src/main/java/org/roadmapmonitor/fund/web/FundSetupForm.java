package org.roadmapmonitor.fund.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.roadmapmonitor.fund.Fund;
import org.roadmapmonitor.fund.FundSetupRequest;
import org.roadmapmonitor.shared.Problem;

/**
 * The set-up form exactly as typed, so that a refused form comes back unchanged. Rates are percentages
 * (1 for 1 %); participating organisations are one a line: code; name; IATI identifier; account organisation.
 */
public class FundSetupForm {
    private String code;
    private String name;
    private String framework;
    private String administrativeAgent;
    private String chair;
    private String startDate;
    private String endDate;
    private String feePercent = "1";
    private String indirectPercent = "7";
    private String iatiIdentifier;
    private String agentIatiRef;
    private String organisations;

    /** The request to give the service; what cannot be read is null there and a problem here. */
    FundSetupRequest toRequest(
            List<Problem> problems, String percentProblem, IntFunction<String> organisationLineProblem) {
        List<Fund.Organisation> orgs = new ArrayList<>();
        String agent = FundInputs.blank(administrativeAgent);
        orgs.add(new Fund.Organisation(
                "AA", agent, Fund.Organisation.Role.ADMINISTRATIVE_AGENT, FundInputs.blank(agentIatiRef), null));
        if (organisations != null) {
            String[] lines = organisations.split("\\R");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String[] parts = lines[i].split(";", -1);
                String orgCode = parts.length > 0 ? FundInputs.blank(parts[0]) : null;
                String orgName = parts.length > 1 ? FundInputs.blank(parts[1]) : null;
                if (orgCode == null || orgName == null) {
                    problems.add(Problem.at("organisations", organisationLineProblem.apply(i + 1)));
                    continue;
                }
                orgs.add(new Fund.Organisation(
                        orgCode.toUpperCase(Locale.ROOT),
                        orgName,
                        Fund.Organisation.Role.PARTICIPATING_ORGANISATION,
                        parts.length > 2 ? FundInputs.blank(parts[2]) : null,
                        parts.length > 3 ? FundInputs.blank(parts[3]) : null));
            }
        }
        String c = FundInputs.blank(code);
        return new FundSetupRequest(
                c == null ? null : c.toUpperCase(Locale.ROOT),
                FundInputs.blank(name),
                FundInputs.blank(framework),
                agent,
                FundInputs.blank(chair),
                FundInputs.date(startDate, "startDate", problems),
                FundInputs.date(endDate, "endDate", problems),
                FundInputs.percent(feePercent, "feeRate", percentProblem, problems),
                FundInputs.percent(indirectPercent, "indirectRate", percentProblem, problems),
                FundInputs.blank(iatiIdentifier),
                false,
                orgs);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFramework() {
        return framework;
    }

    public void setFramework(String framework) {
        this.framework = framework;
    }

    public String getAdministrativeAgent() {
        return administrativeAgent;
    }

    public void setAdministrativeAgent(String administrativeAgent) {
        this.administrativeAgent = administrativeAgent;
    }

    public String getChair() {
        return chair;
    }

    public void setChair(String chair) {
        this.chair = chair;
    }

    public String getStartDate() {
        return startDate;
    }

    public void setStartDate(String startDate) {
        this.startDate = startDate;
    }

    public String getEndDate() {
        return endDate;
    }

    public void setEndDate(String endDate) {
        this.endDate = endDate;
    }

    public String getFeePercent() {
        return feePercent;
    }

    public void setFeePercent(String feePercent) {
        this.feePercent = feePercent;
    }

    public String getIndirectPercent() {
        return indirectPercent;
    }

    public void setIndirectPercent(String indirectPercent) {
        this.indirectPercent = indirectPercent;
    }

    public String getIatiIdentifier() {
        return iatiIdentifier;
    }

    public void setIatiIdentifier(String iatiIdentifier) {
        this.iatiIdentifier = iatiIdentifier;
    }

    public String getAgentIatiRef() {
        return agentIatiRef;
    }

    public void setAgentIatiRef(String agentIatiRef) {
        this.agentIatiRef = agentIatiRef;
    }

    public String getOrganisations() {
        return organisations;
    }

    public void setOrganisations(String organisations) {
        this.organisations = organisations;
    }
}
