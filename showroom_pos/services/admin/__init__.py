"""Administration: users and log-in, settings, set-up, the journal's anchors and checks,
archives and demo data.

Modules (import them directly; this package re-exports nothing):
- `auth`: `login`, `authenticate`, `require`, `require_or_approved`, `approve`,
  `current_user`, `to_actor`.
- `users`: `add_user`, `create_first_admin`, `change_password`, `set_user_active`,
  `set_user_role`, `list_users`, `count_users`.
- `settings`: `get_settings`, `set_settings`, `add_terminal`, `list_terminals`,
  `terminal_for_this_computer`.
- `setup`: `set_up_showroom`.
- `anchors`: the showroom's signing key (`ShowroomKey`, `load_key`, `create_key`) and the
  anchors it signs (`sign`, `sign_if_key_here`, `register_key`, `read_log`, ...).
- `verification`: `verify_anchors`.
- `integrity`: `check_ledger`, `recent_entries`.
- `archive`: `export_archive`.
- `demo`: `fill_demo_data`, `describe_summary`, `describe_database` (the content in
  `demo_catalogue`, the days in `demo_days`, the bazaar in `demo_event`).
- `types`: who acts (`Actor`, `Approval`, taken by the use cases of every feature) and
  `UserView`, `TerminalView`, `ShowroomSetup`, `ArchiveExport`, `IntegrityReport`,
  `JournalLine`, `DemoSummary`, `PrintedZ`, `AnchorCheck`.
"""
