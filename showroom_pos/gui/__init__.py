"""The desktop program (Qt Widgets): the till for cashiers and the back office for staff."""
