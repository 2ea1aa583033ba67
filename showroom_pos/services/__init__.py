"""Use cases of the showroom: one function each, one transaction each, the actor checked there."""
