# Le dossier d’un client (use_cases/exchange/export).

export-record-file = { $name } - tout ce que nous conservons
