package org.roadmapmonitor.fund.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.roadmapmonitor.fund.Contribution;
import org.roadmapmonitor.fund.Fund;
import org.roadmapmonitor.fund.FundSetupRequest;
import org.roadmapmonitor.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for funds, their organisations, donors, committee seats, agreements and pledges. */
@Repository
public class FundRepository {
    /** A fund with its extensions in the same row, so that reading one never runs a query per fund. */
    private static final String SELECT_FUND = """
            select fund.*,
                   array(select e.end_date from fund_extension e where e.fund_code = fund.code
                         order by e.decided_on, e.id) as extension_end_dates,
                   array(select e.decided_on from fund_extension e where e.fund_code = fund.code
                         order by e.decided_on, e.id) as extension_decided_on,
                   array(select e.note from fund_extension e where e.fund_code = fund.code
                         order by e.decided_on, e.id) as extension_notes
            from fund""";

    private final JdbcClient jdbc;

    public FundRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Fund> all() {
        return jdbc.sql(SELECT_FUND + " order by code")
                .query(FundRepository::fund)
                .list();
    }

    public Optional<Fund> find(String code) {
        return jdbc.sql(SELECT_FUND + " where code = ?")
                .param(code)
                .query(FundRepository::fund)
                .optional();
    }

    /** Locks the fund's row until the transaction ends, so that postings to one fund happen one at a time. */
    public Optional<Fund> lock(String code) {
        return jdbc.sql(SELECT_FUND + " where code = ? for update")
                .param(code)
                .query(FundRepository::fund)
                .optional();
    }

    public void insert(FundSetupRequest r) {
        jdbc.sql("""
                insert into fund (code, name, framework_code, administrative_agent, chair, start_date, end_date,
                                  fee_rate, indirect_rate, iati_identifier, demo)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        r.code(),
                        r.name(),
                        r.frameworkCode(),
                        r.administrativeAgent(),
                        r.chair(),
                        Date.valueOf(r.startDate()),
                        r.endDate() == null ? null : Date.valueOf(r.endDate()),
                        r.feeRate(),
                        r.indirectRate(),
                        r.iatiIdentifier(),
                        r.demo())
                .update();
    }

    public void closeBooks(String fund, LocalDate through) {
        jdbc.sql("update fund set closed_through = ? where code = ?")
                .params(Date.valueOf(through), fund)
                .update();
    }

    public void updateRates(String fund, BigDecimal feeRate, BigDecimal indirectRate) {
        jdbc.sql("update fund set fee_rate = ?, indirect_rate = ? where code = ?")
                .params(feeRate, indirectRate, fund)
                .update();
    }

    public void extend(String fund, LocalDate endDate, LocalDate decidedOn, String note) {
        jdbc.sql("insert into fund_extension (fund_code, end_date, decided_on, note) values (?, ?, ?, ?)")
                .params(fund, Date.valueOf(endDate), Date.valueOf(decidedOn), note)
                .update();
    }

    public List<Fund.Organisation> organisations(String fund) {
        return jdbc.sql("""
                select code, name, role, iati_ref, account_organisation from fund_organisation
                where fund_code = ? order by role, code""")
                .param(fund)
                .query((rs, i) -> new Fund.Organisation(
                        rs.getString(1),
                        rs.getString(2),
                        Fund.Organisation.Role.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    public void insertOrganisation(String fund, Fund.Organisation o) {
        jdbc.sql("""
                insert into fund_organisation (fund_code, code, name, role, iati_ref, account_organisation)
                values (?, ?, ?, ?, ?, ?)""")
                .params(fund, o.code(), o.name(), o.role().name(), o.iatiRef(), o.accountOrganisation())
                .update();
    }

    public List<Fund.Donor> donors(String fund) {
        return jdbc.sql("select code, name, ex_officio, iati_ref from donor where fund_code = ? order by name")
                .param(fund)
                .query((rs, i) -> new Fund.Donor(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4)))
                .list();
    }

    public void insertDonor(String fund, Fund.Donor d) {
        jdbc.sql("insert into donor (fund_code, code, name, ex_officio, iati_ref) values (?, ?, ?, ?, ?)")
                .params(fund, d.code(), d.name(), d.exOfficio(), d.iatiRef())
                .update();
    }

    public List<String> seats(String fund, String kind) {
        return jdbc.sql("select name from committee_seat where fund_code = ? and kind = ? order by id")
                .params(fund, kind)
                .query(String.class)
                .list();
    }

    public void insertSeat(String fund, String name, String kind) {
        jdbc.sql("insert into committee_seat (fund_code, name, kind) values (?, ?, ?)")
                .params(fund, name, kind)
                .update();
    }

    public List<Contribution.Agreement> agreements(String fund) {
        return jdbc.sql("""
                select id, donor_code, reference, signed_on, amount, currency from contribution_agreement
                where fund_code = ? order by signed_on, id""")
                .param(fund)
                .query((rs, i) -> new Contribution.Agreement(
                        rs.getLong(1), rs.getString(2), rs.getString(3), date(rs, 4), money(rs, 5, 6)))
                .list();
    }

    public long insertAgreement(String fund, String donor, String reference, LocalDate signedOn, Money amount) {
        return jdbc.sql("""
                insert into contribution_agreement (fund_code, donor_code, reference, signed_on, amount, currency)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(fund, donor, reference, Date.valueOf(signedOn), amount.amount(), amount.currency())
                .query(Long.class)
                .single();
    }

    public List<Contribution.Pledge> pledges(String fund) {
        return jdbc.sql("""
                select id, donor_code, agreement_id, pledged_on, amount, currency from pledge
                where fund_code = ? order by pledged_on, id""")
                .param(fund)
                .query((rs, i) -> new Contribution.Pledge(
                        rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), date(rs, 4), money(rs, 5, 6)))
                .list();
    }

    public long insertPledge(String fund, String donor, Long agreementId, LocalDate on, Money amount) {
        return jdbc.sql("""
                insert into pledge (fund_code, donor_code, agreement_id, pledged_on, amount, currency)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(fund, donor, agreementId, Date.valueOf(on), amount.amount(), amount.currency())
                .query(Long.class)
                .single();
    }

    /** The fund's USD rate of a currency on a day, with who entered it. */
    public Optional<FxRate> fxRate(String fund, String currency, LocalDate on) {
        return jdbc.sql("""
                select currency, rate_date, usd_rate, entered_by, entered_at from fx_rate
                where fund_code = ? and currency = ? and rate_date = ?""")
                .params(fund, currency, Date.valueOf(on))
                .query(FundRepository::fxRate)
                .optional();
    }

    /** Sets the fund's rate of a currency on a day; returns the rate it replaces, if there was one. */
    public Optional<BigDecimal> putFxRate(
            String fund, String currency, LocalDate on, BigDecimal rate, String actor, Instant at) {
        Optional<BigDecimal> previous = jdbc.sql("""
                select usd_rate from fx_rate where fund_code = ? and currency = ? and rate_date = ? for update""")
                .params(fund, currency, Date.valueOf(on))
                .query(BigDecimal.class)
                .optional();
        jdbc.sql("""
                insert into fx_rate (fund_code, currency, rate_date, usd_rate, entered_by, entered_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (fund_code, currency, rate_date) do update
                    set usd_rate = excluded.usd_rate, entered_by = excluded.entered_by, entered_at = excluded.entered_at""")
                .params(fund, currency, Date.valueOf(on), rate, actor, Timestamp.from(at))
                .update();
        return previous;
    }

    /** A USD rate of the fund's table; {@code enteredBy} is null for rates entered before it was recorded. */
    public record FxRate(String currency, LocalDate date, BigDecimal usdRate, String enteredBy, Instant enteredAt) {}

    public List<FxRate> recentFxRates(String fund, int limit) {
        return jdbc.sql("""
                select currency, rate_date, usd_rate, entered_by, entered_at from fx_rate
                where fund_code = ? order by rate_date desc, currency limit ?""").params(fund, limit).query(FundRepository::fxRate).list();
    }

    private static FxRate fxRate(ResultSet rs, int row) throws SQLException {
        Timestamp at = rs.getTimestamp("entered_at");
        return new FxRate(
                rs.getString("currency").strip(),
                rs.getDate("rate_date").toLocalDate(),
                rs.getBigDecimal("usd_rate").stripTrailingZeros(),
                rs.getString("entered_by"),
                at == null ? null : at.toInstant());
    }

    private static Fund fund(ResultSet rs, int row) throws SQLException {
        String code = rs.getString("code");
        Date[] endDates = (Date[]) rs.getArray("extension_end_dates").getArray();
        Date[] decidedOn = (Date[]) rs.getArray("extension_decided_on").getArray();
        String[] notes = (String[]) rs.getArray("extension_notes").getArray();
        List<Fund.Extension> extensions = new ArrayList<>();
        for (int i = 0; i < endDates.length; i++) {
            extensions.add(new Fund.Extension(endDates[i].toLocalDate(), decidedOn[i].toLocalDate(), notes[i]));
        }
        LocalDate end = extensions.isEmpty()
                ? date(rs, "end_date")
                : extensions.get(extensions.size() - 1).endDate();
        return new Fund(
                code,
                rs.getString("name"),
                rs.getString("framework_code"),
                rs.getString("administrative_agent"),
                rs.getString("chair"),
                date(rs, "start_date"),
                end,
                Fund.Status.valueOf(rs.getString("status")),
                rs.getBigDecimal("fee_rate").stripTrailingZeros(),
                rs.getBigDecimal("indirect_rate").stripTrailingZeros(),
                date(rs, "closed_through"),
                rs.getString("iati_identifier"),
                rs.getBoolean("demo"),
                extensions);
    }

    static Money money(ResultSet rs, int amount, int currency) throws SQLException {
        return Money.of(rs.getBigDecimal(amount), rs.getString(currency).trim());
    }

    static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
