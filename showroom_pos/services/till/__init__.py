"""The till: sales, refunds, shifts and the receipts they print.

Modules (import them directly; this package re-exports nothing):
- `sales`: `complete_sale`, `get_sale`, `sale_by_number`, `refunded_by_line`.
- `refunds`: `refund_sale`.
- `shifts`: `open_shift`, `current_shift`, `record_cash_movement`, `close_shift`, and the till's
  own look-ups `terminal_row`, `open_shift_row`.
- `printing`: `receipt_for_print`, `record_receipt_print`, `slip_for_print`, `record_slip_print`.
- `types`: what the till takes (`CartLine`, `PaymentInput`, `RefundLineInput`) and hands back
  (`SaleReceipt`, `SaleLineView`, `PaymentView`, `RefundReceipt`, `RefundLineView`, `ShiftView`,
  `ReceiptToPrint`).
"""
