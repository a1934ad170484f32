# Todos los datos de un cliente (use_cases/exchange/export).

export-record-file = { $name } - todo lo que guardamos
