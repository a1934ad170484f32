# Lo que dice una importación sobre un archivo y sus contactos
# (rules/import/*, use_cases/exchange/*): rechazos del archivo entero, los
# problemas de cada contacto en la vista previa («línea 12: …») y notas.

## Los problemas de un contacto.

import-unreadable-contact = No se ha podido leer este contacto.
import-nameless = Se ha dejado fuera un contacto sin nombre.
import-nameless-hint = Se ha dejado fuera un contacto sin nombre ({ $hint }).
import-shortened = { $what ->
        [name] Se ha acortado el nombre
        [nickname] Se ha acortado el apodo
        [company] Se ha acortado la empresa
        [address] Se ha acortado la dirección
        [pronunciation] Se ha acortado cómo se pronuncia el nombre
        [pronouns] Se han acortado los pronombres
        [best-time] Se ha acortado el mejor momento para contactar
        [looked-after-by] Se ha acortado «Atendido por»
        [phone-label] Se ha acortado una descripción de teléfono
        [email-label] Se ha acortado una descripción de correo
        [tag] Se ha acortado una etiqueta
        [list-item] Se ha acortado una nota
       *[notes] Se han acortado las notas
    } a { $max } caracteres.
import-left-out = { $what ->
        [phone] Se ha dejado fuera un número de teléfono
        [email] Se ha dejado fuera una dirección de correo
        [tag] Se ha dejado fuera una etiqueta
        [birthday] Se ha dejado fuera el cumpleaños
        [nickname] Se ha dejado fuera el apodo
        [company] Se ha dejado fuera la empresa
        [address] Se ha dejado fuera la dirección
        [list-item] Se ha dejado fuera una nota
        [pronunciation] Se ha dejado fuera cómo se pronuncia el nombre
        [pronouns] Se han dejado fuera los pronombres
        [best-time] Se ha dejado fuera el mejor momento para contactar
        [language] Se ha dejado fuera el idioma
        [looked-after-by] Se ha dejado fuera «Atendido por»
        [stay-in-touch] Se ha dejado fuera el ritmo de contacto
       *[notes] Se han dejado fuera las notas
    }: { $message }
import-too-many = Un cliente puede tener como máximo { $max } { $what ->
        [phones] números de teléfono
        [emails] direcciones de correo
       *[tags] etiquetas
    }; { $count ->
        [one] se ha dejado fuera { $count } más.
       *[other] se han dejado fuera { $count } más.
    }
import-too-many-items = Una lista puede tener como máximo { $max } { $what ->
        [dont] notas de «Por favor, no»
        [remember] notas de «Recordar siempre»
       *[preferences] preferencias
    }; { $count ->
        [one] se ha dejado fuera { $count } más.
       *[other] se han dejado fuera { $count } más.
    }
import-invisible-phone = Se han quitado caracteres invisibles (como marcas de derecha a izquierda) del número de teléfono «{ $number }».
import-not-a-phone = Se ha dejado fuera el número de teléfono «{ $number }»: no parece un número de teléfono.
import-invisible-email = Se han quitado caracteres invisibles (como marcas de derecha a izquierda) de la dirección de correo «{ $address }».
import-email-too-long = Se ha dejado fuera una dirección de correo de más de 254 caracteres.
import-unknown-channel = La mejor forma de contactar («{ $channel }») no es una que Kindly conozca y se ha dejado fuera.
import-gap-not-days = El plazo de contacto «{ $gap }» no es un número de días y se ha dejado fuera.
import-birthday-not-a-date = Se ha dejado fuera el cumpleaños «{ $birthday }»: Kindly no entiende esa fecha.
import-birthday-year = Se ha dejado fuera el año del cumpleaños ({ $year }).
import-birthday-no-such-date = Se ha dejado fuera el cumpleaños «{ $birthday }»: esa fecha no existe.

## El archivo entero.

import-cannot-open = Kindly no ha podido abrir { $file }: { $reason }
import-csv-empty = Este archivo está vacío: no tiene fila de encabezado ni contactos. No se ha importado nada.
import-csv-unclosed-quote = La primera línea de este archivo abre unas comillas (") que nunca se cierran, así que no se puede leer como CSV. No se ha importado nada.
import-no-name-column = Kindly no ha podido saber qué columna tiene el nombre del cliente. La primera línea tiene { $found }. Elija qué columna es el nombre y vuelva a importar. No se ha importado nada.
import-no-column-names = ningún nombre de columna
import-columns-and-more = { $columns } y { $more } más
import-binary = Este archivo no es un archivo { $format }: tiene datos binarios, no texto. No se ha importado nada.
import-no-begin-vcard = Este archivo no es un archivo vCard: no tiene ninguna línea BEGIN:VCARD. Exporte los contactos como vCard (.vcf) y vuelva a intentarlo. No se ha importado nada.
import-cut-off = Este contacto está cortado (el archivo termina, o empieza el siguiente contacto, antes de su END:VCARD), así que se ha dejado fuera.
import-too-many-lines = Este contacto tiene más de { $max } líneas de datos; se han dejado fuera las últimas { $count }.
import-unreadable-line = No se ha podido leer la línea { $line } y se ha dejado fuera.
import-unreadable-encoding = El campo { $property } de la línea { $line } está en una codificación que Kindly no puede leer y se ha dejado fuera.

## Notas sobre el texto del archivo.

import-guessed-encoding = Parte del texto no estaba en UTF-8 y se ha leído como { $encoding }. Revise los nombres y los acentos después de importar.
import-unknown-charset = El texto en el juego de caracteres «{ $charset }» se ha leído como UTF-8 o { $encoding }; revise los acentos después de importar.
import-other-charsets = El texto en otros juegos de caracteres que Kindly no conoce también se ha leído como UTF-8 o { $encoding }; revise los acentos después de importar.
import-encoding = { $family ->
        [western] Europa occidental
        [central] Europa central
        [cyrillic] Cirílico
        [greek] Griego
        [turkish] Turco
        [hebrew] Hebreo
        [arabic] Árabe
        [baltic] Báltico
        [vietnamese] Vietnamita
        [thai] Tailandés
        [south] Europa del sur
        [nordic] Nórdico
        [celtic] Celta
        [south-eastern] Europa del sudeste
        [japanese] Japonés
        [simplified-chinese] Chino simplificado
        [traditional-chinese] Chino tradicional
       *[korean] Coreano
    } ({ $name })

## Límites.

import-file-too-big = Este archivo ocupa { $size } MB; Kindly importa archivos de hasta { $max } MB. Exporte menos contactos cada vez. No se ha importado nada.
import-too-many-records = Este archivo tiene más de { $max } contactos. Divídalo en archivos más pequeños. No se ha importado nada.
import-more-problems = Este contacto tenía más problemas de los que se muestran.

## Las coincidencias de la vista previa.

import-same-phone = mismo número de teléfono { $number }
import-same-email = mismo correo { $address }
import-same-name-and-detail = mismo nombre y misma empresa, dirección o cumpleaños
import-same-name = mismo nombre
import-shares = comparte { $what ->
        [phone] un teléfono
       *[email] un correo
    } con { $name }: añadido como cliente aparte e incluido en Posibles duplicados
import-nothing-added = No se ha añadido nada a la coincidencia: { $reason }
import-new-customer-from-line = el cliente nuevo de la línea { $line }
import-could-not-import = No se ha podido importar a { $name }: { $message } No se ha importado nada.

