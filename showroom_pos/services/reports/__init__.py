"""Reports: sales and stock tables, the dashboard, and the X and Z reports of the day."""
