"""A4 PDF documents made with ReportLab: statements, the treasurer's summary, slips, tag sheets."""
