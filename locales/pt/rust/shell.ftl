# O que o programa de secretária diz (src-tauri).

shell-dialog-failed = Não foi possível mostrar a janela. Tente novamente.
shell-drop-nothing = Nada do que largou pode ser importado pelo Kindly.
shell-drop-several = Largue um ficheiro de contactos de cada vez: o Kindly importa um ficheiro de cada vez.
shell-drop-folder = «{ $name }» é uma pasta. Largue um ficheiro de contactos (.vcf ou .csv) que esteja lá dentro.
shell-drop-other-kind = O Kindly importa contactos de um ficheiro vCard (.vcf) ou de uma folha de cálculo guardada como CSV (.csv); «{ $name }» não é nenhum dos dois.
shell-log-folder-failed = O Kindly não conseguiu abrir a pasta do registo. Está em { $folder }.
shell-backup-folder-title = Escolher uma pasta para as cópias de segurança
shell-backup-folder-unusable = O Kindly não pode usar uma pasta com este nome. Escolha outra.
shell-cancel = Cancelar
shell-no-downloads = Não foi possível encontrar a pasta Transferências: { $error }
shell-save-failed = Não foi possível guardar o ficheiro. Tente novamente.
shell-file-customers = Clientes Kindly { $day }
shell-file-follow-ups = Acompanhamentos Kindly { $day }
shell-save-customers = Guardar todos os clientes
shell-save-calendar = Guardar os acompanhamentos como calendário
shell-save-record = Guardar tudo o que temos sobre este cliente
shell-filter-vcard = vCard (para telemóveis e programas de email)
shell-filter-csv = Folha de cálculo (CSV)
shell-filter-calendar = Calendário (.ics)
shell-filter-record = Dados do cliente (JSON e texto)
shell-choose-contacts = Escolher um ficheiro de contactos
shell-choose-contacts-first = Escolha primeiro um ficheiro de contactos.
shell-filter-contacts = Contactos (vCard ou CSV)
shell-login-setting-failed = Não foi possível ler a definição de arranque: { $error }
shell-keychain-passphrase = O porta-chaves deste computador não conseguiu guardar a palavra-passe ({ $error }). O Kindly vai pedi-la em cada arranque.
shell-keychain-password = O porta-chaves deste computador não conseguiu guardar a palavra-passe ({ $error }). O Kindly vai pedi-la em cada arranque.

# A lista de clientes e as mudanças a muitos de uma vez (commands/lists.rs, commands/bulk.rs).
# $max é um número.
shell-save-selection = Guardar os clientes escolhidos
shell-list-too-long = É demasiado longo: no máximo { $max } caracteres.
shell-list-too-many-tags = Escolha no máximo { $max } etiquetas.
shell-list-too-many-customers = São demasiados clientes de uma vez: no máximo { $max }.
shell-list-none-picked = Marque primeiro pelo menos um cliente.
shell-bulk-tag-needed = Escreva uma etiqueta.
shell-bulk-action-needed = Diga o que há a fazer, por exemplo «Ligar para saber como está».
shell-bulk-date-needed = Escolha o primeiro dia.
shell-bulk-spread-range = Distribua-os por 1 a { $max } dias.
shell-bulk-situation-needed = Escolha uma ocorrência.
