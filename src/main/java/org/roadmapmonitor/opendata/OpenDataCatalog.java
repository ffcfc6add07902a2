package org.roadmapmonitor.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.roadmapmonitor.fund.Fund;
import org.roadmapmonitor.fund.FundDirectory;
import org.roadmapmonitor.fund.FundLedger;
import org.roadmapmonitor.fund.LedgerQuery;
import org.roadmapmonitor.fund.ledger.Entry;
import org.roadmapmonitor.fund.ledger.EntryType;
import org.roadmapmonitor.fund.ledger.FundingStatus;
import org.roadmapmonitor.opendata.internal.TableWriter;
import org.roadmapmonitor.reporting.PublishedValues;
import org.roadmapmonitor.shared.BadRequestException;
import org.roadmapmonitor.shared.Money;
import org.roadmapmonitor.shared.NotFoundException;
import org.roadmapmonitor.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every published dataset, each with a stable identifier and downloads as CSV, XLSX and JSON: each framework's
 * published values, SDG 16.4.2 of the UN Member States, and each trust fund's funding status and transactions
 * (public, as on the MPTF Office Gateway). Drafts and unpublished reports never appear.
 */
@Service
public class OpenDataCatalog {
    public static final List<String> FORMATS = List.of("csv", "xlsx", "json");
    static final String SDG_DATASET = "sdg-16-4-2";
    static final String VALUES = "framework-values-";
    static final String STATUS = "fund-status-";
    static final String TRANSACTIONS = "fund-transactions-";

    /** A dataset as the catalogue lists it. */
    public record Dataset(String id, String title, String description, Instant modified, List<String> columns) {}

    private final PublishedValues published;
    private final SdmxDataflows sdmx;
    private final FundDirectory funds;
    private final FundLedger ledger;

    public OpenDataCatalog(PublishedValues published, SdmxDataflows sdmx, FundDirectory funds, FundLedger ledger) {
        this.published = published;
        this.sdmx = sdmx;
        this.funds = funds;
        this.ledger = ledger;
    }

    /** The datasets, in a fixed order: SDG 16.4.2, the frameworks' values, then each fund's two datasets. */
    @Transactional(readOnly = true)
    public List<Dataset> datasets() {
        var all = new ArrayList<Dataset>();
        var frameworks = published.frameworks();
        frameworks.stream()
                .filter(f -> f.framework().equals(SdmxDataflows.SDG_FRAMEWORK))
                .findFirst()
                .ifPresent(f -> all.add(sdgDataset(f.lastPublished())));
        frameworks.forEach(f -> all.add(new Dataset(
                VALUES + f.framework(),
                Texts.of("opendata.dataset.values.title", f.name()),
                Texts.of("opendata.dataset.values.description", f.name(), f.values()),
                f.lastPublished(),
                VALUE_COLUMNS)));
        for (Fund fund : funds.all()) {
            // A fund without entries yet was last changed when it was set up.
            Instant modified = lastEntry(fund.code())
                    .orElse(fund.startDate().atStartOfDay(ZoneOffset.UTC).toInstant());
            all.add(new Dataset(
                    STATUS + fund.code(),
                    Texts.of("opendata.dataset.status.title", fund.name()),
                    Texts.of("opendata.dataset.status.description", fund.name()),
                    modified,
                    STATUS_COLUMNS));
            all.add(new Dataset(
                    TRANSACTIONS + fund.code(),
                    Texts.of("opendata.dataset.transactions.title", fund.name()),
                    Texts.of("opendata.dataset.transactions.description", fund.name()),
                    modified,
                    TRANSACTION_COLUMNS));
        }
        return all;
    }

    public Dataset dataset(String id) {
        return datasets().stream()
                .filter(d -> d.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("opendata.unknownDataset", id));
    }

    /** Writes a dataset in a format (csv, xlsx, json) as it is read. */
    @Transactional(readOnly = true)
    public void write(String id, String format, OutputStream out) throws IOException {
        if (!FORMATS.contains(format)) {
            throw new BadRequestException("format", "opendata.badFormat", format, String.join(", ", FORMATS));
        }
        Dataset dataset = dataset(id);
        try (TableWriter table = TableWriter.of(format, dataset.id(), dataset.columns(), out)) {
            if (id.equals(SDG_DATASET)) {
                sdmx.sdgFigures(
                        SdmxPeriods.ALL,
                        f -> table.row(Arrays.asList(
                                f.jurisdiction(), f.m49(), f.year(), f.percent(), f.numerator(), f.denominator())));
            } else if (id.startsWith(VALUES)) {
                published.forEach(
                        id.substring(VALUES.length()),
                        null,
                        null,
                        c -> table.row(Arrays.asList(
                                c.framework(),
                                c.indicator(),
                                c.jurisdiction(),
                                c.period().code(),
                                c.disaggregation(),
                                c.value(),
                                c.numerator(),
                                c.denominator(),
                                c.text())));
            } else if (id.startsWith(STATUS)) {
                status(id.substring(STATUS.length()), table);
            } else {
                ledger.export(id.substring(TRANSACTIONS.length()), LedgerQuery.ALL, e -> table.row(transaction(e)));
            }
        }
    }

    static final List<String> SDG_COLUMNS =
            List.of("jurisdiction", "ref_area_m49", "year", "value_percent", "numerator", "denominator");
    static final List<String> VALUE_COLUMNS = List.of(
            "framework",
            "indicator",
            "jurisdiction",
            "period",
            "disaggregation",
            "value",
            "numerator",
            "denominator",
            "text");
    static final List<String> STATUS_COLUMNS = List.of("as_of", "line", "amount", "currency");
    static final List<String> TRANSACTION_COLUMNS = List.of(
            "id",
            "date",
            "type",
            "donor",
            "project",
            "organisation",
            "amount",
            "currency",
            "usd_rate",
            "usd",
            "reverses",
            "memo");

    private Dataset sdgDataset(Instant modified) {
        return new Dataset(
                SDG_DATASET,
                Texts.of("opendata.dataset.sdg.title"),
                Texts.of("opendata.dataset.sdg.description"),
                modified,
                SDG_COLUMNS);
    }

    private void status(String fund, TableWriter table) {
        FundingStatus status = ledger.status(funds.require(fund).code(), null);
        String asOf = status.asOf().toString();
        for (EntryType type : EntryType.values()) {
            table.row(money(asOf, type.name(), status.total(type)));
        }
        table.row(money(asOf, "NET_FUNDED", status.netFunded()));
        table.row(money(asOf, "BALANCE_WITH_AGENT", status.balanceWithAgent()));
        table.row(money(asOf, "ORGANISATION_BALANCE", status.organisationBalance()));
        table.row(money(asOf, "TOTAL_BALANCE", status.totalBalance()));
    }

    private static List<Object> money(String asOf, String line, Money m) {
        return Arrays.asList(asOf, line, m.amount(), m.currency());
    }

    private static List<Object> transaction(Entry e) {
        return Arrays.asList(
                BigDecimal.valueOf(e.id()),
                e.date().toString(),
                e.type().name(),
                e.donor(),
                e.project(),
                e.organisation(),
                e.amount().amount(),
                e.amount().currency(),
                e.usdRate(),
                e.usd().amount(),
                e.reverses() == null ? null : BigDecimal.valueOf(e.reverses()),
                e.memo());
    }

    private Optional<Instant> lastEntry(String fund) {
        return ledger.ledger(fund).entries().stream()
                .map(Entry::date)
                .max(Comparator.naturalOrder())
                .map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
