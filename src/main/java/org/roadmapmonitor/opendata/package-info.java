/**
 * Open data: every published dataset (framework values, SDG 16.4.2, fund status and transactions) as CSV, XLSX
 * and JSON with a DCAT-style catalogue, and the SDMX exports (SDMX-CSV 2.0 data, SDMX-ML structures) of SDG
 * 16.4.2 and of each framework's published values. Published figures only.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "jurisdiction",
            "framework",
            "reporting",
            "reporting :: workflow",
            "fund",
            "fund :: ledger"
        })
package org.roadmapmonitor.opendata;

import org.springframework.modulith.ApplicationModule;
