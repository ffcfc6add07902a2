package org.roadmapmonitor.reporting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.reporting.internal.ContentRepository;
import org.roadmapmonitor.shared.ChangeMade;
import org.roadmapmonitor.shared.ForbiddenException;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence attached to reports. The type is decided from the file's first bytes, never from its name or
 * the browser's claim, and only documents and images are kept; files are size-limited and served back as
 * downloads only.
 */
@Service
public class EvidenceFiles {
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** A kind of file we accept, recognised by its signature. */
    public enum Kind {
        PDF("application/pdf", ".pdf"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
        PNG("image/png", ".png"),
        JPEG("image/jpeg", ".jpg");

        public final String contentType;
        public final String extension;

        Kind(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    public record Download(String fileName, String contentType, byte[] content) {}

    private final ReportService reports;
    private final ContentRepository content;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public EvidenceFiles(
            ReportService reports, ContentRepository content, ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.content = content;
        this.events = events;
        this.clock = clock;
    }

    public List<Evidence> list(ProgressReport r) {
        if (!ReportAccess.canSeeEvidence(r)) {
            return List.of();
        }
        return content.evidence(r.id());
    }

    @Transactional
    public Evidence add(long reportId, String fileName, byte[] bytes, String note) {
        ProgressReport r = reports.get(reportId);
        if (!ReportAccess.canEdit(r.jurisdiction())) {
            throw new ForbiddenException("reporting.evidence.forbidden", r.jurisdiction());
        }
        if (!r.state().open()) {
            throw new org.roadmapmonitor.shared.ConflictException("reporting.evidence.closed");
        }
        if (!ReportAccess.canChange(r)) {
            throw new ForbiddenException("reporting.backWithJurisdiction", r.jurisdiction());
        }
        if (bytes == null || bytes.length == 0) {
            throw new InvalidException("file", "reporting.evidence.chooseFile");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidException(
                    "file", "reporting.evidence.tooLarge", bytes.length / 1024 / 1024, MAX_BYTES / 1024 / 1024);
        }
        Kind kind = kindOf(bytes);
        if (kind == null) {
            throw new InvalidException("file", "reporting.evidence.type");
        }
        String name = safeName(fileName, kind);
        String sha = sha256(bytes);
        long id = content.addEvidence(
                r.id(), name, kind.contentType, bytes, sha, blankToNull(note), CurrentUser.actor(), clock.instant());
        events.publishEvent(new ChangeMade(
                "CREATE",
                "evidence",
                String.valueOf(id),
                ChangeMade.summary("audit.summary.evidenceFile.attached", name, r.id()),
                null,
                Map.of("file", name, "sha256", sha, "bytes", bytes.length)));
        return content.evidence(r.id()).stream()
                .filter(e -> e.id() == id)
                .findFirst()
                .orElseThrow();
    }

    @Transactional
    public void remove(long reportId, long evidenceId) {
        ProgressReport r = reports.get(reportId);
        if (!ReportAccess.canChange(r)) {
            throw new ForbiddenException("reporting.evidence.removeForbidden");
        }
        if (!content.removeEvidence(r.id(), evidenceId)) {
            throw new NotFoundException("reporting.evidence.none", reportId, evidenceId);
        }
        events.publishEvent(new ChangeMade(
                "DELETE",
                "evidence",
                String.valueOf(evidenceId),
                ChangeMade.summary("audit.summary.evidenceFile.removed", r.id()),
                null,
                null));
    }

    public Download download(long reportId, long evidenceId) {
        ProgressReport r = reports.get(reportId);
        if (!ReportAccess.canSeeEvidence(r)) {
            throw new NotFoundException("reporting.evidence.unseen", evidenceId);
        }
        Evidence e = content.evidence(r.id()).stream()
                .filter(x -> x.id() == evidenceId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("reporting.evidence.none", reportId, evidenceId));
        return new Download(
                e.fileName(),
                e.contentType(),
                content.evidenceContent(r.id(), evidenceId).orElseThrow());
    }

    /** The kind of file from its signature; null for anything else. Other modules keep documents by the same rules. */
    public static Kind kindOf(byte[] b) {
        if (starts(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Kind.PDF;
        }
        if (starts(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Kind.PNG;
        }
        if (starts(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Kind.JPEG;
        }
        if (starts(b, new byte[] {'P', 'K', 3, 4})) {
            String head = new String(b, 0, Math.min(b.length, 64 * 1024), StandardCharsets.ISO_8859_1);
            if (head.contains("xl/")) {
                return Kind.XLSX;
            }
            if (head.contains("word/")) {
                return Kind.DOCX;
            }
        }
        return null;
    }

    private static boolean starts(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** A plain file name: no path, no control characters, the extension of what the file really is. */
    public static String safeName(String original, Kind kind) {
        String base = original == null ? "evidence" : original.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"<>|:*?]", "")
                .strip();
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        if (base.isBlank()) {
            base = "evidence";
        }
        return (base.length() > 120 ? base.substring(0, 120) : base) + kind.extension;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
