-- Why: a framework version may collect more than one kind of report (Roadmap 2030: a semi-annual narrative
-- progress report and an annual KPI report), each with its period type, contents and reporting window. They
-- travel with the framework document; null keeps the default (one complete report per period type).
alter table framework_version add column report_kinds jsonb;
