"""Administration: users and log-in, settings, set-up, the journal's anchors and checks,
archives and demo data."""
