# Die vollständige Akte eines Kunden (use_cases/exchange/export).

export-record-file = { $name } - alles, was wir gespeichert haben
