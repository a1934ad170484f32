# La bienvenida del primer inicio y el cuaderno de ejemplo (ui/src/lib/welcome).

welcome-title = Bienvenido a Kindly
welcome-lead = Su cuaderno de clientes. Dos cosas primero y podrá empezar.
welcome-region = Su país
welcome-region-hint = Los teléfonos escritos sin + ni prefijo del país se leen como números de este país.
welcome-name = ¿Quién está en el mostrador?
welcome-name-hint = Su nombre. Aparece en la lista del personal y en lo que anote. Puede añadir a los demás en Ajustes.
welcome-next = Continuar
welcome-skip = Omitir por ahora
welcome-saving = Un momento…
welcome-start-title = ¿Cómo quiere empezar?
welcome-start-lead = Siempre podrá añadir o importar clientes más adelante.
welcome-empty = Empezar con un cuaderno vacío
welcome-empty-text = Añada clientes a medida que llamen o vengan.
welcome-import = Importar contactos
welcome-import-text = Tráigalos de su teléfono o de otro programa (un archivo vCard o CSV).
welcome-sample = Echar un vistazo con un cuaderno de ejemplo
welcome-adding-sample = Añadiendo los clientes de ejemplo…
welcome-sample-text =
    { $count ->
        [one] { $count } cliente inventado con conversaciones, promesas y seguimientos, para probarlo todo. Bien marcado, y se quita de una vez cuando termine.
       *[other] { $count } clientes inventados con conversaciones, promesas y seguimientos, para probarlo todo. Bien marcados, y se quitan de una vez cuando termine.
    }
welcome-back = Volver
welcome-team = Unirse a un cuaderno de equipo
welcome-team-hint = ¿Trabaja con otras personas que ya comparten un cuaderno en un servidor? Únase al suyo.
welcome-team-lead = Escriba lo que le dio el propietario del cuaderno. Kindly prueba antes la conexión; no se guarda nada en este ordenador hasta que funcione.

welcome-sample-banner = Está viendo clientes de ejemplo: son inventados, para probar Kindly.
welcome-sample-remove = Quitar el ejemplo
welcome-sample-confirm-title = ¿Quitar los clientes de ejemplo?
welcome-sample-confirm-text =
    { $count ->
        [one] Se borrará para siempre el cliente de ejemplo y todo lo suyo. Los clientes que usted añadió o importó se quedan como están.
       *[other] Se borrarán para siempre los { $count } clientes de ejemplo y todo lo suyo. Los clientes que usted añadió o importó se quedan como están.
    }
welcome-sample-removing = Quitando…
welcome-sample-removed = Se quitaron los clientes de ejemplo.
welcome-sample-badge = Ejemplo
welcome-sample-badge-title = Un cliente inventado del cuaderno de ejemplo
