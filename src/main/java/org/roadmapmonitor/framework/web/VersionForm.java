package org.roadmapmonitor.framework.web;

import java.util.ArrayList;
import java.util.List;
import org.roadmapmonitor.framework.FrameworkDocument;
import org.roadmapmonitor.framework.FrameworkDocument.Category;
import org.roadmapmonitor.framework.FrameworkDocument.Dimension;
import org.roadmapmonitor.framework.Vocabulary;
import org.roadmapmonitor.shared.InvalidException;
import org.roadmapmonitor.shared.PeriodType;
import org.roadmapmonitor.shared.Problem;
import org.roadmapmonitor.shared.Texts;

/**
 * The framework-and-version form. Dimensions are edited as text, one per line:
 * {@code sex | Sex | female=Female; male=Male; unknown=Unknown}.
 */
public class VersionForm {
    private String name;
    private String description;
    private Vocabulary.ObjectiveLabel objectiveLabel;
    private String region;
    private PeriodType reportingPeriodType;
    private String versionTitle;
    private Integer startYear;
    private Integer endYear;
    private Vocabulary.VersionStatus status;
    private String source;
    private String dimensions;
    private long revision;

    static VersionForm of(FrameworkDocument d, long revision) {
        var f = new VersionForm();
        f.name = d.name();
        f.description = d.description();
        f.objectiveLabel = d.objectiveLabel();
        f.region = d.region();
        f.reportingPeriodType = d.reportingPeriodType();
        f.versionTitle = d.versionTitle();
        f.startYear = d.startYear();
        f.endYear = d.endYear();
        f.status = d.status();
        f.source = d.source();
        f.dimensions =
                String.join("\n", d.dimensions().stream().map(VersionForm::line).toList());
        f.revision = revision;
        return f;
    }

    private static String line(Dimension d) {
        return d.code() + " | " + d.name() + " | "
                + String.join(
                        "; ",
                        d.categories().stream()
                                .map(c -> c.code() + "=" + c.name())
                                .toList());
    }

    FrameworkDocument apply(FrameworkDocument d) {
        return new FrameworkDocument(
                d.format(),
                d.code(),
                trim(name),
                trim(description),
                objectiveLabel,
                trim(region),
                reportingPeriodType,
                d.version(),
                trim(versionTitle),
                startYear,
                endYear,
                status,
                trim(source),
                parseDimensions(),
                d.objectives(),
                d.reportKinds());
    }

    List<Dimension> parseDimensions() {
        var result = new ArrayList<Dimension>();
        var problems = new ArrayList<Problem>();
        String[] lines = dimensions == null ? new String[0] : dimensions.split("\\R");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\|");
            if (parts.length != 3) {
                problems.add(Problem.at(
                        Texts.of("framework.problem.dimensionsAt", n + 1), "framework.problem.dimensionLine"));
                continue;
            }
            var categories = new ArrayList<Category>();
            for (String c : parts[2].split(";")) {
                String[] kv = c.split("=", 2);
                if (kv.length == 2 && !kv[0].isBlank()) {
                    categories.add(new Category(kv[0].strip(), kv[1].strip()));
                } else if (!c.isBlank()) {
                    problems.add(Problem.at(
                            Texts.of("framework.problem.dimensionsAt", n + 1),
                            "framework.problem.categoryPair",
                            c.strip()));
                }
            }
            result.add(new Dimension(parts[0].strip(), parts[1].strip(), categories));
        }
        if (!problems.isEmpty()) {
            throw new InvalidException("framework.refused.dimensions", problems);
        }
        return result;
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Vocabulary.ObjectiveLabel getObjectiveLabel() {
        return objectiveLabel;
    }

    public void setObjectiveLabel(Vocabulary.ObjectiveLabel objectiveLabel) {
        this.objectiveLabel = objectiveLabel;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public PeriodType getReportingPeriodType() {
        return reportingPeriodType;
    }

    public void setReportingPeriodType(PeriodType reportingPeriodType) {
        this.reportingPeriodType = reportingPeriodType;
    }

    public String getVersionTitle() {
        return versionTitle;
    }

    public void setVersionTitle(String versionTitle) {
        this.versionTitle = versionTitle;
    }

    public Integer getStartYear() {
        return startYear;
    }

    public void setStartYear(Integer startYear) {
        this.startYear = startYear;
    }

    public Integer getEndYear() {
        return endYear;
    }

    public void setEndYear(Integer endYear) {
        this.endYear = endYear;
    }

    public Vocabulary.VersionStatus getStatus() {
        return status;
    }

    public void setStatus(Vocabulary.VersionStatus status) {
        this.status = status;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getDimensions() {
        return dimensions;
    }

    public void setDimensions(String dimensions) {
        this.dimensions = dimensions;
    }

    public long getRevision() {
        return revision;
    }

    public void setRevision(long revision) {
        this.revision = revision;
    }
}
