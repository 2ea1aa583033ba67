"""The monthly settlement of each maker: statements, finalizing and payouts.

Modules (import them directly; this package re-exports nothing):
- `months`: a maker's month as its statement shows it: `compute_settlement`,
  `list_settlements`, `maker_statements`, `settlement_in`, `content_hash`, `verification_code`.
- `settlements`: `add_deduction`, `finalize_settlement`, `close_period`, `record_payout`,
  `find_settlement_by_code`, and the checks `statement_unsound`, `statement_differences`.
- `types`: `SettlementView` and its lines (`SettlementSaleLine`, `SettlementRefundLine`,
  `NamedAmount`, `StockRow`, `StatementEvent`, `PayoutView`), `SettlementSummary`,
  `StatementLine`, `CORRECTION_PREFIX`.
"""
