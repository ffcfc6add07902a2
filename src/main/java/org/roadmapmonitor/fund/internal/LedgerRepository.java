package org.roadmapmonitor.fund.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.roadmapmonitor.fund.LedgerQuery;
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
    private static final int EXPORT_PAGE = 1_000;

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

    /** One page of the entries that match, newest first: paged and filtered in SQL. */
    public List<Entry> page(String fund, LedgerQuery q, int offset, int limit) {
        var where = where(fund, q);
        where.params().add(limit);
        where.params().add(offset);
        return jdbc.sql("select * from ledger_entry " + where.sql() + " order by id desc limit ? offset ?")
                .params(where.params())
                .query(LedgerRepository::entry)
                .list();
    }

    public long count(String fund, LedgerQuery q) {
        var where = where(fund, q);
        return jdbc.sql("select count(*) from ledger_entry " + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    /** Every matching entry in booking order, one at a time, without holding them all in memory. */
    public void forEach(String fund, LedgerQuery q, Consumer<Entry> each) {
        // Read in keyset pages rather than one open cursor: memory stays bounded and the request's one
        // connection is never handed back by a stream's close while its transaction is still open.
        var where = where(fund, q);
        Entry last = null;
        while (true) {
            var params = new ArrayList<>(where.params());
            String after = "";
            if (last != null) {
                after = " and (entry_date, id) > (?, ?)";
                params.add(last.date());
                params.add(last.id());
            }
            params.add(EXPORT_PAGE);
            List<Entry> page = jdbc.sql(
                            "select * from ledger_entry " + where.sql() + after + " order by entry_date, id limit ?")
                    .params(params)
                    .query(LedgerRepository::entry)
                    .list();
            page.forEach(each);
            if (page.size() < EXPORT_PAGE) {
                return;
            }
            last = page.get(page.size() - 1);
        }
    }

    /** For the given entries, the id of the entry that reversed each (those reversed only). */
    public Map<Long, Long> reversalsOf(String fund, List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var out = new LinkedHashMap<Long, Long>();
        jdbc.sql("select reverses_id, id from ledger_entry where fund_code = ? and reverses_id = any(?)")
                .params(fund, ids.toArray(Long[]::new))
                .query((rs, n) -> out.put(rs.getLong(1), rs.getLong(2)))
                .list();
        return out;
    }

    private record Where(String sql, List<Object> params) {}

    /** The where clause, built only from fixed text with bound parameters. */
    private static Where where(String fund, LedgerQuery q) {
        var sql = new StringBuilder("where fund_code = ?");
        List<Object> params = new ArrayList<>(List.of(fund));
        if (q.type() != null) {
            sql.append(" and entry_type = ?");
            params.add(q.type().name());
        }
        if (q.from() != null) {
            sql.append(" and entry_date >= ?");
            params.add(Date.valueOf(q.from()));
        }
        if (q.to() != null) {
            sql.append(" and entry_date <= ?");
            params.add(Date.valueOf(q.to()));
        }
        if (q.donor() != null) {
            sql.append(" and donor_code = ?");
            params.add(q.donor());
        }
        if (q.project() != null) {
            sql.append(" and project_code = ?");
            params.add(q.project());
        }
        return new Where(sql.toString(), params);
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
