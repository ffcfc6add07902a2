package org.roadmapmonitor.framework;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.roadmapmonitor.framework.internal.FrameworkDocumentReader;
import org.roadmapmonitor.framework.internal.FrameworkDocumentValidator;
import org.roadmapmonitor.framework.internal.FrameworkRepository;
import org.roadmapmonitor.jurisdiction.Jurisdiction;
import org.roadmapmonitor.jurisdiction.JurisdictionDirectory;
import org.roadmapmonitor.shared.ChangeMade;
import org.roadmapmonitor.shared.ConflictException;
import org.roadmapmonitor.shared.ExactJson;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.NotFoundException;
import org.roadmapmonitor.shared.PreconditionRequiredException;
import org.roadmapmonitor.shared.Problem;
import org.roadmapmonitor.shared.Roles;
import org.roadmapmonitor.shared.StaleException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** Reads, imports, exports and edits frameworks. Every write is the secretariat's and is audited. */
@Service
public class FrameworkCatalogue {
    /** How an import treats an existing version: refuse it (create) or replace it. */
    public enum ImportMode {
        CREATE_ONLY,
        CREATE_OR_REPLACE,
        /** Creates a version, or replaces one only when the caller names the revision it read (If-Match). */
        CREATE_OR_REPLACE_IF_MATCH
    }

    public record Saved(FrameworkDocument document, long revision, boolean created) {}

    private final FrameworkRepository repository;
    private final JurisdictionDirectory jurisdictions;
    private final ApplicationEventPublisher events;

    public FrameworkCatalogue(
            FrameworkRepository repository, JurisdictionDirectory jurisdictions, ApplicationEventPublisher events) {
        this.repository = repository;
        this.jurisdictions = jurisdictions;
        this.events = events;
    }

    /** Every framework with the versions the caller may see: drafts only for the secretariat. */
    public List<FrameworkSummary> list() {
        boolean drafts = Roles.isSecretariat();
        return repository.summaries().stream()
                .map(f -> drafts ? f : f.withoutDrafts())
                .filter(f -> !f.versions().isEmpty())
                .toList();
    }

    public FrameworkSummary summary(String code) {
        return list().stream()
                .filter(f -> f.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("framework.noFramework", code));
    }

    public FrameworkDocument latest(String code) {
        var latest = summary(code).latest();
        if (latest == null) {
            throw new NotFoundException("framework.noVersionYet", code);
        }
        return document(code, latest.version());
    }

    public FrameworkDocument document(String code, String version) {
        return repository
                .load(code, version)
                .filter(d -> d.status() != Vocabulary.VersionStatus.DRAFT || Roles.isSecretariat())
                .orElseThrow(() -> repository.frameworkExists(code)
                        ? new NotFoundException("framework.noVersion", code, version)
                        : new NotFoundException("framework.noFramework", code));
    }

    public long revision(String code, String version) {
        return repository
                .versionRevision(code, version)
                .orElseThrow(() -> new NotFoundException("framework.noVersion", code, version));
    }

    public List<Map<String, Object>> linksTo(String frameworkCode, String version, String indicatorCode) {
        return repository.incomingCrosswalks(frameworkCode, indicatorCode, version);
    }

    /** Parses JSON text into a document, listing every problem (syntax, shape and rules) at once. */
    public FrameworkDocument parse(byte[] content) {
        JsonNode root = ExactJson.read(content);
        var result = FrameworkDocumentReader.read(root);
        if (!result.problems().isEmpty()) {
            // List the rule problems too, so that one round of fixes is enough.
            var all = new java.util.ArrayList<>(result.problems());
            if (result.document() != null) {
                rules(result.document()).stream().filter(p -> !all.contains(p)).forEach(all::add);
            }
            throw new InvalidException(all, "framework.refused.document", all.size());
        }
        return result.document();
    }

    /** Refuses early (before a body is even read) anyone who may not import. */
    @PreAuthorize("hasRole('SECRETARIAT')")
    public void checkMayImport() {
        // the annotation does the check
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public Saved importDocument(FrameworkDocument doc, ImportMode mode, Long expectedRevision) {
        check(doc);
        Optional<FrameworkDocument> before = repository.load(doc.code(), doc.version());
        if (before.isPresent() && mode == ImportMode.CREATE_ONLY) {
            throw new ConflictException("framework.versionExists", doc.code(), doc.version());
        }
        if (before.isPresent() && mode == ImportMode.CREATE_OR_REPLACE_IF_MATCH && expectedRevision == null) {
            throw new PreconditionRequiredException();
        }
        if (expectedRevision != null) {
            long current = repository.lockRevision(doc.code(), doc.version()).orElse(0L);
            if (current != expectedRevision) {
                throw new StaleRevisionException(doc.code(), doc.version(), expectedRevision, current);
            }
        }
        long revision = repository.save(doc.withFormat());
        FrameworkDocument after = document(doc.code(), doc.version());
        events.publishEvent(new ChangeMade(
                before.isPresent() ? "UPDATE" : "CREATE",
                "framework-version",
                doc.code() + "/" + doc.version(),
                ChangeMade.summary(
                        before.isPresent()
                                ? "audit.summary.frameworkVersion.replaced"
                                : "audit.summary.frameworkVersion.created",
                        doc.code(),
                        doc.version()),
                before.orElse(null),
                after));
        return new Saved(after, revision, before.isEmpty());
    }

    /** Whether the framework asks each jurisdiction's approver to sign its reports off before the secretariat. */
    public boolean approvalRequired(String code) {
        return repository.approvalRequired(code);
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public void setApprovalRequired(String code, boolean required) {
        summary(code);
        boolean before = repository.approvalRequired(code);
        if (before != required) {
            repository.setApprovalRequired(code, required);
            events.publishEvent(new ChangeMade(
                    "UPDATE",
                    "framework",
                    code,
                    ChangeMade.summary(
                            required ? "audit.summary.approval.required" : "audit.summary.approval.notRequired", code),
                    java.util.Map.of("approval", before),
                    java.util.Map.of("approval", required)));
        }
    }

    /** Copies a version under a new version code as a draft, e.g. to prepare Roadmap 2035 from 2030. */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public Saved copyVersion(String code, String fromVersion, String newVersion) {
        FrameworkDocument from = document(code, fromVersion);
        if (newVersion == null || newVersion.isBlank()) {
            throw new InvalidException("version", "framework.problem.newVersion");
        }
        var copy = from.asDraft(newVersion.trim());
        return importDocument(copy, ImportMode.CREATE_ONLY, null);
    }

    private void check(FrameworkDocument doc) {
        List<Problem> problems = rules(doc);
        if (!problems.isEmpty()) {
            throw new InvalidException(problems, "framework.refused.document", problems.size());
        }
    }

    private List<Problem> rules(FrameworkDocument doc) {
        return FrameworkDocumentValidator.validate(
                doc,
                jurisdictions::exists,
                code -> jurisdictions
                        .find(code)
                        .map(j -> j.kind() == Jurisdiction.Kind.REGION)
                        .orElse(false));
    }

    /** The version changed since the caller read it; saving would overwrite someone else's edit. */
    public static class StaleRevisionException extends StaleException {
        public StaleRevisionException(String code, String version, long expected, long current) {
            super("framework.stale", code, version, expected, current);
        }
    }
}
