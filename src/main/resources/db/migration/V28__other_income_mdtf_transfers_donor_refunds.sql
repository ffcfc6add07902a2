-- Why: the MPTF Office Gateway's funding status also shows other income, balances transferred to other
-- multi-donor trust funds and refunds by the administrative agent to donors; the fund could record none of
-- them, so its statement could not match the Gateway's. Three more kinds of ledger entry; the ledger stays
-- append-only (the triggers of V20 are untouched).

alter table ledger_entry drop constraint ledger_entry_entry_type_check;
alter table ledger_entry add constraint ledger_entry_entry_type_check check (entry_type in (
    'CONTRIBUTION', 'ADMINISTRATIVE_AGENT_FEE', 'FUND_INTEREST', 'ORGANISATION_INTEREST', 'TRANSFER', 'REFUND',
    'DIRECT_COST', 'BANK_CHARGE', 'EXPENDITURE', 'OTHER_INCOME', 'TRANSFER_TO_MDTF', 'DONOR_REFUND'));
