"""Consigned stock: makers, items, intake and returns, counts, tags, imports and events.

Modules (import them directly; this package re-exports nothing):
- `makers`: `add_maker`, `edit_maker`, `set_maker_active`, `get_maker`, `list_makers`.
- `stock`: items: `edit_item`, `change_price`, `find_item`, `search_items`, `item_history`,
  `stock_of`, `CATEGORIES`.
- `counts`: `adjust_stock`, `record_stock_count`.
- `consignment`: `receive_consignment`, `return_to_maker`, `get_slip`, `list_slips`.
- `tags`: `tags_for_intake`, `tags_for_item`.
- `importer`: `import_file`, `iter_examples` (makers and items from a spreadsheet).
- `events`: `create_event`, `send_to_event`, `bring_back`, `list_events`, `get_event`, `here`,
  and where stock is (`event_stock`, `assert_showroom_database`, ...).
- `event_pack`: `pack_event` (the event laptop's database).
- `event_laptop`: `merge_event`, `event_chain_problems`.
- `types`: inputs `MakerInput`, `ItemFields`, `IntakeLineInput`; outputs `MakerView`,
  `ItemView`, `MovementView`, `Slip`, `SlipLine`, `SlipSummary`, `CountLine`, `CountResult`,
  `PriceTag`, `ImportResult`, `EventView`, `EventDetail`, `EventPiece`, `PackResult`,
  `MergeResult`.
"""
