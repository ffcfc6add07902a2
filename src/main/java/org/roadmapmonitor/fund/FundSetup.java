package org.roadmapmonitor.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.framework.FrameworkCatalogue;
import org.roadmapmonitor.fund.internal.FundAccess;
import org.roadmapmonitor.fund.internal.FundRepository;
import org.roadmapmonitor.shared.ChangeMade;
import org.roadmapmonitor.shared.ConflictException;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.Money;
import org.roadmapmonitor.shared.NotFoundException;
import org.roadmapmonitor.shared.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The fund administrator sets up a fund: the fund, its organisations and donors, agreements and pledges. */
@Service
public class FundSetup {
    private static final BigDecimal DEFAULT_FEE = new BigDecimal("0.01");
    private static final BigDecimal DEFAULT_INDIRECT = new BigDecimal("0.07");
    private static final String CODE = "[A-Z0-9][A-Z0-9._-]{1,19}";

    private final FundRepository funds;
    private final FrameworkCatalogue frameworks;
    private final ApplicationEventPublisher events;

    public FundSetup(FundRepository funds, FrameworkCatalogue frameworks, ApplicationEventPublisher events) {
        this.funds = funds;
        this.frameworks = frameworks;
        this.events = events;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Fund create(FundSetupRequest r) {
        return create(r, List.of());
    }

    /**
     * Sets up a fund, listing the problems the caller found while reading its input (a date or rate it could
     * not read, given as null) together with the service's own; nothing is stored while there is any.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Fund create(FundSetupRequest r, List<Problem> known) {
        FundAccess.requireSomeFundAdmin();
        List<Problem> problems = new ArrayList<>();
        if (r.code() == null || !r.code().matches(CODE)) {
            problems.add(Problem.at("code", "fund.problem.code"));
        } else {
            FundAccess.requireAdmin(r.code());
        }
        required(problems, "name", r.name());
        required(problems, "administrativeAgent", r.administrativeAgent());
        required(problems, "chair", r.chair());
        if (r.startDate() == null) {
            problems.add(Problem.at("startDate", "problem.required"));
        } else if (r.endDate() != null && r.endDate().isBefore(r.startDate())) {
            problems.add(Problem.at("endDate", "problem.endBeforeStart"));
        }
        rate(problems, "feeRate", r.feeRate());
        rate(problems, "indirectRate", r.indirectRate());
        if (r.frameworkCode() != null) {
            try {
                frameworks.summary(r.frameworkCode());
            } catch (NotFoundException e) {
                problems.add(Problem.at("frameworkCode", e.getMessage()));
            }
        }
        List<Fund.Organisation> organisations = r.organisations() == null ? List.of() : r.organisations();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Fund.Organisation o : organisations) {
            if (o.role() == Fund.Organisation.Role.ADMINISTRATIVE_AGENT) {
                seen.add(o.code());
                continue;
            }
            if (o.code() == null || !o.code().matches("[A-Z0-9][A-Z0-9._-]{0,39}")) {
                problems.add(Problem.at("participatingOrganisations", "fund.problem.organisationCode", o.code()));
            } else if (!seen.add(o.code())) {
                problems.add(Problem.at("participatingOrganisations", "fund.problem.listedTwice", o.code()));
            }
            if (o.name() == null || o.name().isBlank()) {
                problems.add(Problem.at("participatingOrganisations", "fund.problem.needsName", o.code()));
            }
        }
        problems.addAll(agentIdentifierProblems(organisations));
        if (!known.isEmpty()) {
            var paths = known.stream().map(Problem::path).collect(java.util.stream.Collectors.toSet());
            problems.removeIf(p -> paths.contains(p.path()));
            problems.addAll(0, known);
        }
        if (!problems.isEmpty()) {
            throw new InvalidException("fund.refused.fund", problems);
        }
        if (funds.find(r.code()).isPresent()) {
            throw new ConflictException("fund.exists", r.code());
        }
        var withDefaults = new FundSetupRequest(
                r.code(),
                r.name().strip(),
                r.frameworkCode(),
                r.administrativeAgent().strip(),
                r.chair().strip(),
                r.startDate(),
                r.endDate(),
                r.feeRate() == null ? DEFAULT_FEE : r.feeRate(),
                r.indirectRate() == null ? DEFAULT_INDIRECT : r.indirectRate(),
                r.iatiIdentifier(),
                r.demo(),
                r.organisations());
        funds.insert(withDefaults);
        for (Fund.Organisation o : organisations) {
            funds.insertOrganisation(r.code(), o);
        }
        Fund fund = funds.find(r.code()).orElseThrow();
        events.publishEvent(new ChangeMade(
                "CREATE", "fund", r.code(), ChangeMade.summary("audit.summary.fund.setUp", r.code()), null, fund));
        return fund;
    }

    /**
     * The administrative agent is the provider of every transfer and the receiver of every contribution, so
     * IATI needs it under its own identifier, never one a participating organisation uses.
     */
    private static List<Problem> agentIdentifierProblems(List<Fund.Organisation> organisations) {
        List<Problem> problems = new ArrayList<>();
        organisations.stream()
                .filter(o -> o.role() == Fund.Organisation.Role.ADMINISTRATIVE_AGENT && o.iatiRef() != null)
                .forEach(agent -> organisations.stream()
                        .filter(o -> o.role() == Fund.Organisation.Role.PARTICIPATING_ORGANISATION)
                        .filter(o -> agent.iatiRef().equalsIgnoreCase(o.iatiRef()))
                        .forEach(o -> problems.add(Problem.at(
                                "administrativeAgentIatiRef",
                                "fund.problem.agentIatiRef",
                                agent.iatiRef(),
                                o.code()))));
        return problems;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void extend(String fund, LocalDate endDate, LocalDate decidedOn, String note) {
        FundAccess.requireAdmin(fund);
        Fund before = existing(fund);
        if (endDate == null) {
            throw new InvalidException("endDate", "problem.required");
        }
        if (before.endDate() != null && !endDate.isAfter(before.endDate())) {
            throw new InvalidException("endDate", "fund.problem.extensionNotLater", before.endDate());
        }
        if (!endDate.isAfter(before.startDate())) {
            throw new InvalidException("endDate", "fund.problem.endAfterStart", before.startDate());
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        LocalDate decided = decidedOn == null ? endDate : decidedOn;
        funds.extend(fund, endDate, decided, cleanNote);
        Map<String, String> after = new java.util.LinkedHashMap<>();
        after.put("endDate", endDate.toString());
        after.put("decidedOn", decided.toString());
        if (cleanNote != null) {
            after.put("note", cleanNote);
        }
        events.publishEvent(new ChangeMade(
                "UPDATE",
                "fund",
                fund,
                ChangeMade.summary("audit.summary.fund.extended", fund, endDate),
                Map.of("endDate", String.valueOf(before.endDate())),
                after));
    }

    /**
     * Changes the fund's fee rates; a null rate keeps the current one. Deposits recorded already keep the fee
     * they were charged; projects keep the indirect rate they were approved with.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Fund changeRates(String fund, BigDecimal feeRate, BigDecimal indirectRate) {
        FundAccess.requireAdmin(fund);
        Fund before = existing(fund);
        List<Problem> problems = new ArrayList<>();
        rate(problems, "feeRate", feeRate);
        rate(problems, "indirectRate", indirectRate);
        if (!problems.isEmpty()) {
            throw new InvalidException("fund.refused.rates", problems);
        }
        BigDecimal fee = feeRate == null ? before.feeRate() : feeRate;
        BigDecimal indirect = indirectRate == null ? before.indirectRate() : indirectRate;
        funds.updateRates(before.code(), fee, indirect);
        Fund after = existing(before.code());
        events.publishEvent(new ChangeMade(
                "UPDATE",
                "fund",
                before.code(),
                ChangeMade.summary(
                        "audit.summary.fund.feeRates",
                        before.code(),
                        percent(after.feeRate()),
                        percent(after.indirectRate())),
                Map.of(
                        "feeRate", before.feeRate().toPlainString(),
                        "indirectRate", before.indirectRate().toPlainString()),
                Map.of(
                        "feeRate", after.feeRate().toPlainString(),
                        "indirectRate", after.indirectRate().toPlainString())));
        return after;
    }

    private static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString();
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Fund.Donor addDonor(String fund, Fund.Donor donor) {
        FundAccess.requireAdmin(fund);
        existing(fund);
        List<Problem> problems = new ArrayList<>();
        if (donor.code() == null || !donor.code().matches("[A-Z0-9][A-Z0-9._-]{0,39}")) {
            problems.add(Problem.at("code", "fund.problem.donorCode"));
        }
        required(problems, "name", donor.name());
        if (!problems.isEmpty()) {
            throw new InvalidException("fund.refused.donor", problems);
        }
        if (funds.donors(fund).stream().anyMatch(d -> d.code().equals(donor.code()))) {
            throw new ConflictException("fund.donorExists", fund, donor.code());
        }
        var clean = new Fund.Donor(donor.code(), donor.name().strip(), donor.exOfficio(), donor.iatiRef());
        funds.insertDonor(fund, clean);
        events.publishEvent(new ChangeMade(
                "CREATE",
                "donor",
                fund + "/" + donor.code(),
                ChangeMade.summary("audit.summary.donor.added", clean.name(), fund),
                null,
                clean));
        return clean;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void addCommitteeSeat(String fund, String name, String kind) {
        FundAccess.requireAdmin(fund);
        existing(fund);
        funds.insertSeat(fund, name, kind);
        events.publishEvent(new ChangeMade(
                "CREATE",
                "committee-seat",
                fund + "/" + name,
                ChangeMade.summary("audit.summary.committeeSeat", name, fund),
                null,
                kind));
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Contribution.Agreement addAgreement(
            String fund, String donor, String reference, LocalDate signedOn, Money amount) {
        FundAccess.requireAdmin(fund);
        List<Problem> problems = donorAndMoney(fund, donor, amount);
        required(problems, "reference", reference);
        if (signedOn == null) {
            problems.add(Problem.at("signedOn", "problem.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidException("fund.refused.agreement", problems);
        }
        if (funds.agreements(fund).stream().anyMatch(a -> a.reference().equals(reference.strip()))) {
            throw new ConflictException("fund.agreementExists", fund, reference);
        }
        long id = funds.insertAgreement(fund, donor, reference.strip(), signedOn, amount);
        var saved = new Contribution.Agreement(id, donor, reference.strip(), signedOn, amount);
        events.publishEvent(new ChangeMade(
                "CREATE",
                "contribution-agreement",
                fund + "/" + id,
                ChangeMade.summary("audit.summary.agreement", reference, donor),
                null,
                saved));
        return saved;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Contribution.Pledge addPledge(String fund, String donor, Long agreementId, LocalDate on, Money amount) {
        FundAccess.requireAdmin(fund);
        List<Problem> problems = donorAndMoney(fund, donor, amount);
        if (on == null) {
            problems.add(Problem.at("pledgedOn", "problem.required"));
        }
        if (agreementId != null && funds.agreements(fund).stream().noneMatch(a -> a.id() == agreementId)) {
            problems.add(Problem.at("agreement", "fund.problem.notAnAgreement"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidException("fund.refused.pledge", problems);
        }
        long id = funds.insertPledge(fund, donor, agreementId, on, amount);
        var saved = new Contribution.Pledge(id, donor, agreementId, on, amount);
        events.publishEvent(new ChangeMade(
                "CREATE",
                "pledge",
                fund + "/" + id,
                ChangeMade.summary("audit.summary.pledge", amount, donor),
                null,
                saved));
        return saved;
    }

    private List<Problem> donorAndMoney(String fund, String donor, Money amount) {
        existing(fund);
        List<Problem> problems = new ArrayList<>();
        if (donor == null || funds.donors(fund).stream().noneMatch(d -> d.code().equals(donor))) {
            problems.add(Problem.at("donor", "fund.problem.notADonor"));
        }
        if (amount == null || !amount.isPositive()) {
            problems.add(Problem.at("amount", "problem.positive"));
        }
        return problems;
    }

    private Fund existing(String fund) {
        return funds.find(fund).orElseThrow(() -> FundLedger.notFound(fund));
    }

    private static void required(List<Problem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.at(field, "problem.required"));
        }
    }

    private static void rate(List<Problem> problems, String field, BigDecimal rate) {
        if (rate != null && (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0 || rate.scale() > 6)) {
            problems.add(Problem.at(field, "problem.rateFraction"));
        }
    }
}
