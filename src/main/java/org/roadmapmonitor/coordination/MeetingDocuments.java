package org.roadmapmonitor.coordination;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.roadmapmonitor.coordination.internal.DocumentRepository;
import org.roadmapmonitor.identity.CurrentUser;
import org.roadmapmonitor.reporting.EvidenceFiles;
import org.roadmapmonitor.shared.ChangeMade;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's documents, kept by the rules of report evidence ({@link EvidenceFiles}): the type from the
 * file's first bytes, documents and images only, size-limited, SHA-256, served back as downloads only. Seen by
 * whoever sees the meeting; added by its organisers.
 */
@Service
public class MeetingDocuments {
    public record Download(String fileName, String contentType, byte[] content) {}

    private final Meetings meetings;
    private final DocumentRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public MeetingDocuments(
            Meetings meetings, DocumentRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    public List<MeetingDocument> list(long meeting) {
        return repository.of(meetings.get(meeting).id());
    }

    @Transactional
    public MeetingDocument add(long meetingId, String fileName, byte[] bytes, String note) {
        Meeting m = meetings.organised(meetingId);
        if (bytes == null || bytes.length == 0) {
            throw new InvalidException("file", "reporting.evidence.chooseFile");
        }
        if (bytes.length > EvidenceFiles.MAX_BYTES) {
            throw new InvalidException(
                    "file",
                    "reporting.evidence.tooLarge",
                    bytes.length / 1024 / 1024,
                    EvidenceFiles.MAX_BYTES / 1024 / 1024);
        }
        EvidenceFiles.Kind kind = EvidenceFiles.kindOf(bytes);
        if (kind == null) {
            throw new InvalidException("file", "reporting.evidence.type");
        }
        String name = EvidenceFiles.safeName(fileName, kind);
        String sha = EvidenceFiles.sha256(bytes);
        long id = repository.insert(
                m.id(),
                name,
                kind.contentType,
                bytes,
                sha,
                note == null || note.isBlank() ? null : note.strip(),
                CurrentUser.actor(),
                clock.instant());
        events.publishEvent(new ChangeMade(
                "CREATE",
                "meeting-document",
                String.valueOf(id),
                ChangeMade.summary("audit.summary.meetingDocument", name, m.id()),
                null,
                Map.of("file", name, "sha256", sha, "bytes", bytes.length)));
        return repository.of(m.id()).stream()
                .filter(d -> d.id() == id)
                .findFirst()
                .orElseThrow();
    }

    public Download download(long meetingId, long documentId) {
        Meeting m = meetings.get(meetingId);
        MeetingDocument d = repository.of(m.id()).stream()
                .filter(x -> x.id() == documentId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("coordination.noDocument", meetingId, documentId));
        return new Download(
                d.fileName(),
                d.contentType(),
                repository.content(m.id(), documentId).orElseThrow());
    }
}
