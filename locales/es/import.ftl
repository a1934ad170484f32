# Importar contactos, y un archivo soltado en la ventana (ui/src/lib/import).

import-back = ← Volver a Ajustes
import-title = Importar contactos
import-intro = vCard (.vcf) de un teléfono, Google Contactos, Outlook o Contactos de Apple, o un archivo CSV/hoja de cálculo. No cambia nada hasta que pulse Importar.
import-choose = Elegir un archivo…
import-choose-another-dots = Elegir otro archivo…
import-choose-another = Elegir otro archivo

import-done-hint = Si algunos ya estaban en su cuaderno con otro nombre, puede unirlos en Posibles duplicados.
import-to-lookup = Volver a buscar
import-to-duplicates = Buscar posibles duplicados

import-columns-title = Qué hay en cada columna
import-columns-intro = Kindly lo ha deducido de los nombres de arriba de cada columna. Cambie lo que parezca mal; lo que pasará, abajo, sigue sus elecciones.
import-exact = Este archivo lo guardó Kindly: cada columna se lee tal como Kindly la escribió.
import-not-used-choice = (sin usar)
import-joined = { $columns } (juntas)
import-no-name = Elija la columna con el nombre de cada cliente (Nombre completo, o Nombre y Apellidos). Sin ella no se puede importar nada.
import-also-read = Leer también { $columns }
import-sample-title = Las primeras filas del archivo
import-uses = → { $fields }
import-unused = sin usar
import-column = Columna { $number }
import-column-example = { $column } (p. ej. { $example })

import-field-full-name = Nombre completo
import-field-given-name = Nombre
import-field-middle-name = Segundo nombre
import-field-family-name = Apellidos
import-field-nickname = Apodo
import-field-company = Empresa
import-field-phone = Teléfono
import-field-email = Correo
import-field-address = Dirección
import-field-birthday = Cumpleaños
import-field-notes = Notas
import-field-tags = Etiquetas

import-preview-title = Qué pasará
import-from = De { $file }
import-reading = Leyendo el archivo
import-reading-first = Leyendo el archivo…
import-name-first = Elija arriba la columna del nombre para ver qué pasará.
import-create =
    { $count ->
        [one] cliente nuevo
       *[other] clientes nuevos
    }
import-merge =
    { $count ->
        [one] se añade a un cliente que ya está
       *[other] se añaden a clientes que ya están
    }
import-skip =
    { $count ->
        [one] ya está, nada nuevo
       *[other] ya están, nada nuevo
    }
import-problem =
    { $count ->
        [one] no se puede importar
       *[other] no se pueden importar
    }
import-notes = Sobre este archivo
import-rows = Cada contacto del archivo
import-line = Línea
import-name = Nombre
import-what = Qué pasa
import-no-name-row = (sin nombre)
import-row-new = Cliente nuevo
import-row-add-to = Añadir a { $name }
import-row-add-to-someone = Añadir a un cliente que ya está
import-row-here = Ya está
import-row-here-as = Ya está como { $name }
import-row-same-as = Igual que { $name }
import-row-why = — { $reason }
import-row-why-adds = — { $reason }: { $changes }
import-row-adds = — { $changes }
import-more =
    { $count ->
        [one] …y { $count } más, no mostrado aquí. También se importa.
       *[other] …y { $count } más, no mostrados aquí. También se importan.
    }
import-problems-title = No se pueden importar
import-problem-line = Línea { $line }: { $message }
import-nothing-new = No cambiaría nada: todos los de este archivo ya están.
import-nothing = En este archivo no hay nadie que Kindly pueda importar.
import-importing-label = Importando contactos
import-cancelled = No se importó nada.
import-confirm = Importar
import-confirm-count =
    { $count ->
        [one] Importar { $count } contacto
       *[other] Importar { $count } contactos
    }
import-importing = Importando…

import-done = Hecho. { $parts }.
import-done-nothing = Hecho. No hacía falta cambiar nada.
import-done-created =
    { $count ->
        [one] { $count } cliente nuevo
       *[other] { $count } clientes nuevos
    }
import-done-merged =
    { $count ->
        [one] { $count } actualizado
       *[other] { $count } actualizados
    }
import-done-skipped =
    { $count ->
        [one] { $count } ya estaba
       *[other] { $count } ya estaban
    }
import-done-left-out =
    { $count ->
        [one] { $count } no se pudo importar
       *[other] { $count } no se pudieron importar
    }

import-drop-hint = Suelte un archivo de contactos (.vcf o .csv) para importarlo
import-drop-more = Verá lo que pasaría antes de que cambie nada.
import-drop-busy = Kindly está importando otro archivo: suelte «{ $file }» otra vez cuando termine.
import-drop-dismiss = Cerrar
