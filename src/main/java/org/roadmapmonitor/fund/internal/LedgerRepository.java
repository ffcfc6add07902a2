package org.roadmapmonitor.fund.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.fund.RateSource;
import org.roadmapmonitor.fund.ledger.Entry;
import org.roadmapmonitor.fund.ledger.EntryType;
import org.roadmapmonitor.fund.ledger.ExpenditureKind;
import org.roadmapmonitor.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for ledger entries: read them all, and append new ones (the only write the table allows). */
@Repository
public class LedgerRepository {
    private final JdbcClient jdbc;

    public LedgerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Entry> entries(String fund) {
        return jdbc.sql("select * from ledger_entry where fund_code = ? order by entry_date, id")
                .param(fund)
                .query(LedgerRepository::entry)
                .list();
    }

    /** Where the USD rate of each entry that has one on record came from, by entry id. */
    public Map<Long, RateSource> rateSources(String fund) {
        Map<Long, RateSource> sources = new HashMap<>();
        jdbc.sql("""
                select id, rate_source, rate_entered_by, rate_entered_at from ledger_entry
                where fund_code = ? and rate_source is not null""").param(fund).query(rs -> {
            Timestamp at = rs.getTimestamp("rate_entered_at");
            sources.put(
                    rs.getLong("id"),
                    new RateSource(
                            RateSource.Kind.valueOf(rs.getString("rate_source")),
                            rs.getString("rate_entered_by"),
                            at == null ? null : at.toInstant()));
        });
        return sources;
    }

    /**
     * Writes the entries of one posting, giving them their ids and a shared posting id, in order; they share
     * the posting's USD rate and so its source (null for USD).
     */
    public List<Entry> append(String fund, List<Entry> drafts, Instant at, String actor, RateSource rate) {
        long posting = jdbc.sql("select nextval('ledger_posting_seq')")
                .query(Long.class)
                .single();
        List<Entry> written = new ArrayList<>();
        for (Entry e : drafts) {
            long id = jdbc.sql("""
                    insert into ledger_entry (fund_code, posting_id, entry_type, entry_date, amount, currency, usd_rate,
                        usd_amount, donor_code, project_code, organisation_code, expenditure_kind, expenditure_year,
                        reverses_id, memo, recorded_at, recorded_by, rate_source, rate_entered_by, rate_entered_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(
                            fund,
                            posting,
                            e.type().name(),
                            Date.valueOf(e.date()),
                            e.amount().amount(),
                            e.amount().currency(),
                            e.usdRate(),
                            e.usd().amount(),
                            e.donor(),
                            e.project(),
                            e.organisation(),
                            e.kind() == null ? null : e.kind().name(),
                            e.year(),
                            e.reverses(),
                            e.memo(),
                            Timestamp.from(at),
                            actor,
                            rate == null ? null : rate.kind().name(),
                            rate == null ? null : rate.enteredBy(),
                            rate == null || rate.enteredAt() == null ? null : Timestamp.from(rate.enteredAt()))
                    .query(Long.class)
                    .single();
            written.add(e.withIds(id, posting));
        }
        return written;
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        String kind = rs.getString("expenditure_kind");
        return new Entry(
                rs.getLong("id"),
                rs.getLong("posting_id"),
                EntryType.valueOf(rs.getString("entry_type")),
                rs.getDate("entry_date").toLocalDate(),
                Money.of(rs.getBigDecimal("amount"), rs.getString("currency").trim()),
                rs.getBigDecimal("usd_rate").stripTrailingZeros(),
                Money.of(rs.getBigDecimal("usd_amount"), "USD"),
                rs.getString("donor_code"),
                rs.getString("project_code"),
                rs.getString("organisation_code"),
                kind == null ? null : ExpenditureKind.valueOf(kind),
                (Integer) rs.getObject("expenditure_year"),
                (Long) rs.getObject("reverses_id"),
                rs.getString("memo"));
    }
}
