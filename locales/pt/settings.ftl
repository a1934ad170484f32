# Definições (ui/src/lib/settings): números de telefone, lembretes, atalho para procurar, importar e exportar,
# onde o caderno está guardado, cópias de segurança, «Sobre» e o aviso depois de um fecho inesperado.

settings-title = Definições
settings-intro = Guardadas no seu caderno, exceto o aspeto, que pertence a este computador.
settings-shortcuts = Atalhos de teclado
settings-opening = A abrir…
settings-saved = Guardado.
settings-save = Guardar
settings-saving = A guardar…
settings-dismiss = Fechar

settings-phone-title = Números de telefone
settings-phone-label = País dos números de telefone
settings-phone-hint = Os números escritos sem + e indicativo do país são lidos como números deste país.

settings-reminders = Lembretes
settings-reminder-time = Hora dos lembretes
settings-reminder-hint = Os acompanhamentos de um dia sem hora própria são lembrados a esta hora.
settings-reminder-empty = Escreva uma hora, por exemplo { $example }.
settings-reminder-saved = Guardado. Os acompanhamentos sem hora são agora lembrados às { $time }.
settings-zone = As horas são de { $zone }, o fuso horário do seu computador.
settings-zone-unknown = As horas são do fuso horário do seu computador.
settings-autostart = Abrir o Kindly quando entro na sessão, para os lembretes chegarem
settings-tray = Fechar a janela deixa o Kindly a funcionar na área de notificação, junto ao relógio, para os lembretes chegarem na mesma. Para o fechar de vez, escolha «Sair do Kindly» no menu do ícone.

settings-shortcut-title = Procurar a partir de qualquer lado
settings-shortcut-now = Agora:
settings-shortcut-off = Desligado
settings-shortcut-label = Combinação de teclas
settings-shortcut-hint = Premida em qualquer programa, traz o Kindly para a frente com o cursor na caixa de procura. Use Ctrl, Alt, Shift ou Super com uma tecla, por exemplo { $example }.
settings-shortcut-empty = Escreva uma combinação como { $example }, ou escolha «Desligar».
settings-shortcut-turn-off = Desligar
settings-shortcut-turned-off = Desligado.
settings-shortcut-saved = Guardado. Prima { $keys } em qualquer lado para procurar alguém.

settings-in-out-title = Importar e exportar clientes
settings-import = Importar contactos…
settings-import-hint = De um telemóvel, Google Contacts, Outlook, Apple Contacts ou uma folha de cálculo. Vê o que vai acontecer antes de alguma coisa mudar.
settings-duplicates = Possíveis duplicados…
settings-duplicates-hint = Clientes que talvez sejam a mesma pessoa, para juntar num só.
settings-export-title = Exportar todos os clientes
settings-export-hint = Guarda todos os clientes (exceto os do lixo) num ficheiro, para outro programa ou para guardar. Pode escolher onde (Transferências, a não ser que escolha outra pasta).
settings-export-vcard = Em vCard (para telemóveis e programas de email)
settings-export-csv = Em folha de cálculo (CSV)
settings-exporting = A exportar

settings-where-title = Onde o seu caderno está guardado
settings-where-backup = O Kindly faz cópias de segurança por si (veja «Cópias de segurança», mais abaixo). Para ter também uma cópia noutro disco, como uma pen USB, escolha lá uma pasta para as cópias, ou copie para lá um ficheiro de cópia.

settings-backups = Cópias de segurança
settings-backups-intro = O Kindly faz uma cópia do seu caderno quando abre, no máximo uma vez por dia enquanto está a funcionar, e quando sai. Cada cópia é verificada antes de contar.
settings-backup-last = Última cópia: { $when }
settings-backup-none-yet = Ainda sem cópias
settings-back-up-now = Fazer cópia agora
settings-backing-up = A fazer a cópia…
settings-backing-up-label = A fazer a cópia
settings-backed-up = Cópia feita: { $file }
settings-backup-folder = Pasta das cópias
settings-backup-folder-hint = Uma pasta noutro disco, como uma pen USB, mantém as suas cópias a salvo se este computador avariar. As cópias já feitas ficam onde estão.
settings-backup-beside = (junto ao seu caderno)
settings-backup-choose = Escolher outra pasta…
settings-backup-default = Usar a pasta junto ao caderno
settings-backup-keep = Cópias a manter
settings-backup-keep-hint = De 1 a 365. Quando houver mais, as mais antigas são apagadas. O Kindly pergunta primeiro se um número menor apagaria cópias que já tem.
settings-keep-problem = Mantenha entre 1 e 365 cópias.
settings-backup-saved =
    Guardado. As cópias vão para { $folder }, e { $keep ->
        [one] só a mais recente é mantida.
       *[other] as { $keep } mais recentes são mantidas.
    }
settings-backup-unchanged =
    Nada mudou. As cópias vão para { $folder }, e { $keep ->
        [one] só a mais recente é mantida.
       *[other] as { $keep } mais recentes são mantidas.
    }
settings-backups-list = As suas cópias
settings-restored = Reposto. O caderno como estava ficou guardado em { $path }.
settings-backups-looking = A procurar cópias…
settings-backups-none = Ainda não há cópias nesta pasta.
settings-restore-label = Repor a cópia de { $when }…
settings-restore = Repor…
settings-backup-when = { $date } às { $time }
settings-size-kb = { $size } KB
settings-size-mb = { $size } MB

settings-restore-title = Repor a cópia de { $when }?
settings-restore-confirm = Repor esta cópia
settings-restoring = A repor…
settings-restore-text = O seu caderno vai ser substituído pela cópia de { $when }. Antes, fica guardada uma cópia de como está agora, por isso pode desfazer isto.
settings-restoring-label = A repor a cópia
settings-restore-first = A verificar a cópia…

settings-about = Sobre
settings-version = Versão
settings-team-notebook = Caderno de equipa
settings-notebook = Caderno
settings-team-place = { $database } em { $server }
settings-about-logs = Quando alguma coisa corre mal, o Kindly anota o que aconteceu na sua pasta de registos: nunca os dados dos seus clientes nem a sua palavra-passe. Quem o ajuda com o Kindly pode pedir estes ficheiros.
settings-open-logs = Abrir a pasta de registos

settings-crash = O Kindly fechou inesperadamente da última vez.
settings-crash-when = O Kindly fechou inesperadamente da última vez ({ $when }).
settings-crash-text = Deixou uma nota curta sobre isso na sua pasta de registos, sem os dados dos seus clientes, caso quem o ajuda com o Kindly a queira ver.
