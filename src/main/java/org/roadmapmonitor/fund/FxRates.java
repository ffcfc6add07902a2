package org.roadmapmonitor.fund;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.roadmapmonitor.fund.internal.FundAccess;
import org.roadmapmonitor.fund.internal.FundRepository;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.shared.ChangeMade;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.Problem;
import org.roadmapmonitor.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fund's USD rates of other currencies by date, imported as CSV ({@code currency,date,usdRate}, e.g.
 * {@code EUR,2024-03-15,1.0850}) by its administrator: a posting without a rate takes the rate of its date from
 * here. Rates belong to one fund rather than to the platform, because the only people who may write rates are
 * fund administrators, each scoped to their fund; a shared table let one fund's administrator set the rate
 * another fund's deposits were booked at. An import is all-or-nothing and lists every problem with its row and
 * column; every rate it changes is audited with the rate it replaces.
 */
@Service
public class FxRates {
    public static final String COLUMNS = "currency,date,usdRate";

    private final FundRepository funds;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public FxRates(FundRepository funds, ApplicationEventPublisher events, Clock clock) {
        this.funds = funds;
        this.events = events;
        this.clock = clock;
    }

    /** The fund's own rates, newest first: no other fund's rate is ever used for its postings. */
    public List<FundRepository.FxRate> recent(String fund, int limit) {
        var rates = funds.recentFxRates(fund, limit);
        if (FundAccess.isParticipant(fund)) {
            return rates;
        }
        // Who entered a rate is staff's name: the public sees the rate, not the person.
        return rates.stream()
                .map(r -> new FundRepository.FxRate(r.currency(), r.date(), r.usdRate(), null, null))
                .toList();
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public int importCsv(String fund, String csv) {
        FundAccess.requireAdmin(fund);
        var problems = new ArrayList<Problem>();
        var rows = new ArrayList<FundRepository.FxRate>();
        List<CSVRecord> records;
        try {
            records = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setTrim(true)
                    .setIgnoreEmptyLines(true)
                    .setIgnoreHeaderCase(true)
                    .get()
                    .parse(new StringReader(csv == null ? "" : csv.replace("\uFEFF", "")))
                    .getRecords();
        } catch (IOException | IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new InvalidException("file", "fund.problem.ratesCsv", COLUMNS);
        }
        for (CSVRecord r : records) {
            long row = r.getRecordNumber() + 1;
            String where = Texts.of("problem.atRow", row);
            String currency = field(r, "currency", where, problems);
            String date = field(r, "date", where, problems);
            String rate = field(r, "usdRate", where, problems);
            if (currency == null || date == null || rate == null) {
                continue;
            }
            String code = currency.toUpperCase(Locale.ROOT);
            try {
                Currency.getInstance(code);
            } catch (IllegalArgumentException e) {
                problems.add(
                        Problem.at(Texts.of("problem.atRowColumn", row, "currency"), "problem.currencyCode", currency));
                continue;
            }
            LocalDate on;
            try {
                on = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                problems.add(Problem.at(Texts.of("problem.atRowColumn", row, "date"), "problem.notADate", date));
                continue;
            }
            BigDecimal value;
            try {
                value = new BigDecimal(rate);
            } catch (NumberFormatException e) {
                problems.add(
                        Problem.at(Texts.of("problem.atRowColumn", row, "usdRate"), "fund.problem.rateNumber", rate));
                continue;
            }
            if (value.signum() <= 0) {
                problems.add(Problem.at(Texts.of("problem.atRowColumn", row, "usdRate"), "problem.positive"));
                continue;
            }
            rows.add(new FundRepository.FxRate(code, on, value, null, null));
        }
        if (records.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.at("file", "fund.problem.noRates", COLUMNS));
        }
        if (!problems.isEmpty()) {
            throw new InvalidException(problems, "fund.refused.rates.import", problems.size());
        }
        rows.forEach(r -> put(fund, r.currency(), r.date(), r.usdRate()));
        return rows.size();
    }

    /** Sets one rate of the fund; a change is audited with the rate it replaces, an unchanged rate is not. */
    void put(String fund, String currency, LocalDate on, BigDecimal rate) {
        var previous = funds.putFxRate(fund, currency, on, rate, CurrentUser.actor(), clock.instant());
        if (previous.isPresent() && previous.get().compareTo(rate) == 0) {
            return;
        }
        events.publishEvent(new ChangeMade(
                previous.isPresent() ? "UPDATE" : "CREATE",
                "fx-rate",
                fund + "/" + currency + "/" + on,
                previous.isPresent()
                        ? ChangeMade.summary(
                                "audit.summary.fxRate.changed",
                                currency,
                                on,
                                fund,
                                previous.get().stripTrailingZeros().toPlainString(),
                                rate.toPlainString())
                        : ChangeMade.summary("audit.summary.fxRate.set", currency, on, fund, rate.toPlainString()),
                previous.map(p -> Map.of("usdRate", p.stripTrailingZeros().toPlainString()))
                        .orElse(null),
                Map.of("usdRate", rate.toPlainString())));
    }

    private static String field(CSVRecord r, String name, String where, List<Problem> problems) {
        if (!r.isMapped(name)) {
            problems.add(Problem.at(where, "fund.problem.columnMissing", name, COLUMNS));
            return null;
        }
        String v = r.get(name);
        if (v == null || v.isBlank()) {
            problems.add(Problem.at(where + ", " + name, "problem.empty"));
            return null;
        }
        return v.strip();
    }
}
