"""Use cases of the showroom: one function each, one transaction each, the actor checked there.

Feature packages `till`, `stock`, `settlement`, `reports` and `admin` each keep their use cases
in small modules and their input and output types in `types.py`. Shared by all: `context`
(the `Ledger`), `common` (numbers, the closed-month check, stock movements, `record` for the
journal entry a use case ends with) and `lookups` (items, makers and events by code).
"""
