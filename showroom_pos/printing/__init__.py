"""ESC/POS printing: printer URIs, receipt and slip layouts, and sending them to a printer."""
