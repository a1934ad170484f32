# Hoje (ui/src/lib/today).

today-title = Hoje
today-comes-back = volta aqui
today-export = Exportar para o calendário (.ics)
today-exporting = A guardar…
today-exported = «{ $file }» guardado em { $folder }.
today-opening = A abrir…
today-empty = Nada para acompanhar hoje, e está em contacto com todos. Um dia calmo.
today-empty-next = Para se lembrar de ligar a alguém, abra a página dessa pessoa e escolha «Adicionar acompanhamento»: aparece aqui no dia certo.
today-overdue = Em atraso
today-due = Para hoje
today-upcoming = Próximos 7 dias
today-promises = Promessas a cumprir
today-birthdays = Aniversários esta semana
today-drifting = A perder o contacto
today-capped = A mostrar os primeiros { $shown } de { $all }.
today-turns =
    faz { $age ->
        [one] { $age } ano
       *[other] { $age } anos
    }
today-brief = Resumo
today-brief-for = de { $name }
today-promise-overdue = Em atraso
today-promise-was-due = · era para
today-promise-due = Para
today-promised-by = · prometida por
