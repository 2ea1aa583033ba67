"""The till: sales, refunds, voids, shifts and the receipts they print."""
