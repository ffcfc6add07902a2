package org.roadmapmonitor.framework.web;

import org.roadmapmonitor.framework.FrameworkDocument.Objective;

/** The form for one objective (goal, axis, pillar or priority). */
public class ObjectiveForm {
    private String code;
    private Integer number;
    private String title;
    private String description;
    private Integer targetYear;
    private boolean officialWording;
    private long revision;

    static ObjectiveForm of(Objective o, long revision) {
        var f = new ObjectiveForm();
        f.code = o.code();
        f.number = o.number();
        f.title = o.title();
        f.description = o.description();
        f.targetYear = o.targetYear();
        f.officialWording = o.officialWording();
        f.revision = revision;
        return f;
    }

    Objective toObjective() {
        return new Objective(
                VersionForm.trim(code),
                number,
                VersionForm.trim(title),
                VersionForm.trim(description),
                targetYear,
                officialWording,
                java.util.List.of());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getTargetYear() {
        return targetYear;
    }

    public void setTargetYear(Integer targetYear) {
        this.targetYear = targetYear;
    }

    public boolean isOfficialWording() {
        return officialWording;
    }

    public void setOfficialWording(boolean officialWording) {
        this.officialWording = officialWording;
    }

    public long getRevision() {
        return revision;
    }

    public void setRevision(long revision) {
        this.revision = revision;
    }
}
