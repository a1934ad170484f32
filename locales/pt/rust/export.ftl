# A ficha completa de um cliente (use_cases/exchange/export).

export-record-file = { $name } - tudo o que guardamos
