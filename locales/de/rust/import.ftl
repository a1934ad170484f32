# Was ein Import über eine Datei und ihre Kontakte sagt (rules/import/*,
# use_cases/exchange/*): Ablehnungen der ganzen Datei, die Probleme jedes
# Kontakts in der Vorschau („Zeile 12: …“) und Hinweise zur Datei.

## Die Probleme eines Kontakts.

import-unreadable-contact = Dieser Kontakt konnte nicht gelesen werden.
import-nameless = Ein Kontakt ohne Namen wurde ausgelassen.
import-nameless-hint = Ein Kontakt ohne Namen ({ $hint }) wurde ausgelassen.
import-shortened = { $what ->
        [name] Der Name wurde
        [nickname] Der Spitzname wurde
        [company] Die Firma wurde
        [address] Die Anschrift wurde
        [pronunciation] Die Aussprache des Namens wurde
        [pronouns] Die Pronomen wurden
        [best-time] Die beste Zeit für einen Anruf wurde
        [looked-after-by] „Betreut von“ wurde
        [phone-label] Eine Telefonbezeichnung wurde
        [email-label] Eine E-Mail-Bezeichnung wurde
        [tag] Ein Schlagwort wurde
        [list-item] Eine Notiz wurde
       *[notes] Die Notizen wurden
    } auf { $max } Zeichen gekürzt.
import-left-out = { $what ->
        [phone] Eine Telefonnummer wurde
        [email] Eine E-Mail-Adresse wurde
        [tag] Ein Schlagwort wurde
        [birthday] Der Geburtstag wurde
        [nickname] Der Spitzname wurde
        [company] Die Firma wurde
        [address] Die Anschrift wurde
        [list-item] Eine Notiz wurde
        [pronunciation] Die Aussprache des Namens wurde
        [pronouns] Die Pronomen wurden
        [best-time] Die beste Zeit für einen Anruf wurde
        [language] Die Sprache wurde
        [looked-after-by] „Betreut von“ wurde
        [stay-in-touch] Der Kontaktrhythmus wurde
       *[notes] Die Notizen wurden
    } ausgelassen: { $message }
import-too-many = Ein Kunde kann höchstens { $max } { $what ->
        [phones] Telefonnummern
        [emails] E-Mail-Adressen
       *[tags] Schlagwörter
    } haben; { $count } weitere wurden ausgelassen.
import-too-many-items = Eine Liste kann höchstens { $max } { $what ->
        [dont] „Bitte nicht“-Notizen
        [remember] „Immer daran denken“-Notizen
       *[preferences] Vorlieben
    } enthalten; { $count } weitere wurden ausgelassen.
import-invisible-phone = Aus der Telefonnummer „{ $number }“ wurden unsichtbare Zeichen (etwa Rechts-nach-links-Marken) entfernt.
import-not-a-phone = Die Telefonnummer „{ $number }“ wurde ausgelassen: Sie sieht nicht wie eine Telefonnummer aus.
import-invisible-email = Aus der E-Mail-Adresse „{ $address }“ wurden unsichtbare Zeichen (etwa Rechts-nach-links-Marken) entfernt.
import-email-too-long = Eine E-Mail-Adresse mit mehr als 254 Zeichen wurde ausgelassen.
import-unknown-channel = Der beste Weg, sie zu erreichen („{ $channel }“), ist Kindly nicht bekannt und wurde ausgelassen.
import-gap-not-days = Der Kontaktabstand „{ $gap }“ ist keine Zahl von Tagen und wurde ausgelassen.
import-birthday-not-a-date = Der Geburtstag „{ $birthday }“ wurde ausgelassen: Dieses Datum versteht Kindly nicht.
import-birthday-year = Das Jahr des Geburtstags ({ $year }) wurde ausgelassen.
import-birthday-no-such-date = Der Geburtstag „{ $birthday }“ wurde ausgelassen: Dieses Datum gibt es nicht.

## Die ganze Datei.

import-cannot-open = Kindly konnte { $file } nicht öffnen: { $reason }
import-csv-empty = Diese Datei ist leer: Sie hat weder eine Kopfzeile noch Kontakte. Es wurde nichts importiert.
import-csv-unclosed-quote = Die erste Zeile dieser Datei öffnet ein Anführungszeichen ("), das nie geschlossen wird, deshalb kann sie nicht als CSV gelesen werden. Es wurde nichts importiert.
import-no-name-column = Kindly konnte nicht erkennen, welche Spalte den Namen des Kunden enthält. Die erste Zeile enthält { $found }. Wählen Sie die Spalte mit dem Namen und importieren Sie dann noch einmal. Es wurde nichts importiert.
import-no-column-names = gar keine Spaltennamen
import-columns-and-more = { $columns } und { $more } weitere
import-binary = Diese Datei ist keine { $format }-Datei: Sie enthält Binärdaten, keinen Text. Es wurde nichts importiert.
import-no-begin-vcard = Diese Datei ist keine vCard-Datei: Sie hat keine Zeile BEGIN:VCARD. Exportieren Sie die Kontakte als vCard (.vcf) und versuchen Sie es noch einmal. Es wurde nichts importiert.
import-cut-off = Dieser Kontakt ist abgeschnitten (die Datei endet oder der nächste Kontakt beginnt vor seinem END:VCARD), deshalb wurde er ausgelassen.
import-too-many-lines = Dieser Kontakt hat mehr als { $max } Zeilen mit Angaben; die letzten { $count } wurden ausgelassen.
import-unreadable-line = Zeile { $line } konnte nicht gelesen werden und wurde ausgelassen.
import-unreadable-encoding = Das Feld { $property } in Zeile { $line } ist in einer Kodierung, die Kindly nicht lesen kann, und wurde ausgelassen.

## Hinweise zum Text der Datei.

import-guessed-encoding = Ein Teil des Textes war nicht in UTF-8 und wurde als { $encoding } gelesen. Prüfen Sie nach dem Import Namen und Umlaute.
import-unknown-charset = Text im Zeichensatz „{ $charset }“ wurde als UTF-8 oder { $encoding } gelesen; prüfen Sie nach dem Import Umlaute und Akzente.
import-other-charsets = Text in weiteren Zeichensätzen, die Kindly nicht kennt, wurde ebenfalls als UTF-8 oder { $encoding } gelesen; prüfen Sie nach dem Import Umlaute und Akzente.
import-encoding = { $family ->
        [western] Westeuropäisch
        [central] Mitteleuropäisch
        [cyrillic] Kyrillisch
        [greek] Griechisch
        [turkish] Türkisch
        [hebrew] Hebräisch
        [arabic] Arabisch
        [baltic] Baltisch
        [vietnamese] Vietnamesisch
        [thai] Thai
        [south] Südeuropäisch
        [nordic] Nordisch
        [celtic] Keltisch
        [south-eastern] Südosteuropäisch
        [japanese] Japanisch
        [simplified-chinese] Chinesisch (vereinfacht)
        [traditional-chinese] Chinesisch (traditionell)
       *[korean] Koreanisch
    } ({ $name })

## Grenzen.

import-file-too-big = Diese Datei ist { $size } MB groß; Kindly importiert Dateien bis { $max } MB. Exportieren Sie weniger Kontakte auf einmal. Es wurde nichts importiert.
import-too-many-records = Diese Datei enthält mehr als { $max } Kontakte. Teilen Sie sie in kleinere Dateien auf. Es wurde nichts importiert.
import-more-problems = Bei diesem Kontakt gab es noch mehr Probleme als hier aufgeführt.

## Die Treffer der Vorschau.

import-same-phone = gleiche Telefonnummer { $number }
import-same-email = gleiche E-Mail-Adresse { $address }
import-same-name-and-detail = gleicher Name und gleiche Firma, Anschrift oder gleicher Geburtstag
import-same-name = gleicher Name
import-shares = hat { $what ->
        [phone] eine Telefonnummer
       *[email] eine E-Mail-Adresse
    } mit { $name } gemeinsam: als eigener Kunde hinzugefügt und unter „Mögliche Dubletten“ aufgeführt
import-nothing-added = Zum Treffer wurde nichts hinzugefügt: { $reason }
import-new-customer-from-line = der neue Kunde aus Zeile { $line }
import-could-not-import = { $name } konnte nicht importiert werden: { $message } Es wurde nichts importiert.

