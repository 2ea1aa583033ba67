"""Reports: sales and stock tables, the dashboard, and the X and Z reports of the day.

Modules (import them directly; this package re-exports nothing):
- `reports`: `sales_report`, `item_ranking`, `stock_by_maker`, `stock_by_location`,
  `stock_aging`.
- `dashboard`: `dashboard`.
- `day_reports`: `x_report`, `z_report`, `z_reports`, `report_from_json`, `z_differences`.
- `day_report_rows`: `report_title`, `report_rows` (an X or Z report as rows to print).
- `types`: `SalesReport`, `ReportRow`, `ItemRow`, `StockRow`, `LocationStockRow`, `AgingRow`,
  `Dashboard`, `DayReport`.
"""
