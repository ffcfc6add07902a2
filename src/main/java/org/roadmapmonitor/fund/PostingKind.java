package org.roadmapmonitor.fund;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The money movements a user records, with the path of each in the API and the pages and its fields. */
public enum PostingKind {
    DEPOSIT("deposits", List.of("donor", "date", "amount", "currency", "usdRate", "memo")),
    TRANSFER("transfers", List.of("project", "date", "amount", "currency", "usdRate", "memo")),
    REFUND("refunds", List.of("project", "date", "amount", "currency", "usdRate", "memo")),
    EXPENDITURE("expenditures", List.of("project", "date", "amount", "currency", "usdRate", "kind", "year", "memo")),
    INTEREST("interest", List.of("organisation", "date", "amount", "currency", "usdRate", "memo")),
    DIRECT_COST("direct-costs", List.of("organisation", "date", "amount", "currency", "usdRate", "memo")),
    BANK_CHARGE("bank-charges", List.of("date", "amount", "currency", "usdRate", "memo")),
    OTHER_INCOME("other-income", List.of("date", "amount", "currency", "usdRate", "memo")),
    TRANSFER_TO_MDTF("mdtf-transfers", List.of("date", "amount", "currency", "usdRate", "memo")),
    DONOR_REFUND("donor-refunds", List.of("donor", "date", "amount", "currency", "usdRate", "memo"));

    private final String path;
    private final List<String> fields;

    PostingKind(String path, List<String> fields) {
        this.path = path;
        this.fields = fields;
    }

    public String path() {
        return path;
    }

    public List<String> fields() {
        return fields;
    }

    public static Optional<PostingKind> byPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
    }
}
