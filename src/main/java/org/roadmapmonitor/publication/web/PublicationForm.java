package org.roadmapmonitor.publication.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** The page's form to generate a document; blank fields are absent ones. */
public class PublicationForm {
    private String kind = "REGIONAL_REPORT";
    private String framework;
    private String period;
    private String kpiPeriod;
    private String jurisdiction;
    private String fund;
    private String format = "pdf";
    private String language;
    private String introduction;
    private Map<String, String> commentary = new LinkedHashMap<>();

    PublicationInput toInput() {
        var notes = new LinkedHashMap<String, String>();
        commentary.forEach((goal, text) -> {
            if (text != null && !text.isBlank()) {
                notes.put(goal, text.strip());
            }
        });
        return new PublicationInput(
                kind, framework, period, kpiPeriod, jurisdiction, fund, format, language, introduction, notes);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getFramework() {
        return framework;
    }

    public void setFramework(String framework) {
        this.framework = framework;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getKpiPeriod() {
        return kpiPeriod;
    }

    public void setKpiPeriod(String kpiPeriod) {
        this.kpiPeriod = kpiPeriod;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(String jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public String getFund() {
        return fund;
    }

    public void setFund(String fund) {
        this.fund = fund;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getIntroduction() {
        return introduction;
    }

    public void setIntroduction(String introduction) {
        this.introduction = introduction;
    }

    public Map<String, String> getCommentary() {
        return commentary;
    }

    public void setCommentary(Map<String, String> commentary) {
        this.commentary = commentary;
    }
}
