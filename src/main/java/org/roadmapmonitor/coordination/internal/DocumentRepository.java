package org.roadmapmonitor.coordination.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.roadmapmonitor.coordination.MeetingDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for a meeting's documents, kept like report evidence (bytes, type, SHA-256). */
@Repository
public class DocumentRepository {
    private final JdbcClient jdbc;

    DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
            long meeting, String name, String type, byte[] bytes, String sha, String note, String actor, Instant now) {
        return jdbc.sql("""
                insert into meeting_document (meeting_id, file_name, content_type, size_bytes, sha256, content, note,
                  uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(meeting, name, type, bytes.length, sha, bytes, note, Timestamp.from(now), actor)
                .query(Long.class)
                .single();
    }

    public List<MeetingDocument> of(long meeting) {
        return jdbc.sql("""
                select id, file_name, content_type, size_bytes, sha256, note, uploaded_at from meeting_document
                where meeting_id = ? order by id""")
                .param(meeting)
                .query((rs, i) -> new MeetingDocument(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }

    public Optional<byte[]> content(long meeting, long document) {
        return jdbc.sql("select content from meeting_document where meeting_id = ? and id = ?")
                .params(meeting, document)
                .query((rs, i) -> rs.getBytes(1))
                .optional();
    }
}
