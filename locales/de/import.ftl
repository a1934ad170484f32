# Kontakte importieren, und eine Datei, die auf das Fenster gezogen wird (ui/src/lib/import).

import-back = ← Zurück zu den Einstellungen
import-title = Kontakte importieren
import-intro = vCard (.vcf) von einem Telefon, aus Google Kontakte, Outlook oder Apple Kontakte, oder eine CSV-/Tabellendatei. Nichts wird geändert, bevor Sie auf Importieren klicken.
import-choose = Datei wählen…
import-choose-another-dots = Andere Datei wählen…
import-choose-another = Andere Datei wählen

import-done-hint = Wenn einige schon unter anderem Namen in Ihrem Notizbuch waren, können Sie sie unter „Mögliche Dubletten“ zusammenführen.
import-to-lookup = Zurück zur Suche
import-to-duplicates = Nach Dubletten suchen

import-columns-title = Welche Spalte enthält was
import-columns-intro = Kindly hat es aus den Namen oben in jeder Spalte erraten. Ändern Sie, was falsch aussieht; was unten passiert, folgt Ihrer Wahl.
import-exact = Diese Datei wurde von Kindly gespeichert: Jede Spalte wird so gelesen, wie Kindly sie geschrieben hat.
import-not-used-choice = (nicht genutzt)
import-joined = { $columns } (zusammengesetzt)
import-no-name = Wählen Sie die Spalte mit dem Namen jedes Kunden (Vollständiger Name, oder Vorname und Nachname). Ohne sie lässt sich nichts importieren.
import-also-read = Auch { $columns } lesen
import-sample-title = Die ersten Zeilen der Datei
import-uses = → { $fields }
import-unused = nicht genutzt
import-column = Spalte { $number }
import-column-example = { $column } (z. B. { $example })

import-field-full-name = Vollständiger Name
import-field-given-name = Vorname
import-field-middle-name = Zweiter Vorname
import-field-family-name = Nachname
import-field-nickname = Spitzname
import-field-company = Firma
import-field-phone = Telefon
import-field-email = E-Mail
import-field-address = Adresse
import-field-birthday = Geburtstag
import-field-notes = Notizen
import-field-tags = Schlagwörter

import-preview-title = Was passieren wird
import-from = Aus { $file }
import-reading = Datei wird gelesen
import-reading-first = Datei wird gelesen…
import-name-first = Wählen Sie oben die Namensspalte, um zu sehen, was passieren wird.
import-create =
    { $count ->
        [one] neuer Kunde
       *[other] neue Kunden
    }
import-merge =
    { $count ->
        [one] zu einem vorhandenen Kunden hinzugefügt
       *[other] zu vorhandenen Kunden hinzugefügt
    }
import-skip =
    { $count ->
        [one] schon da, nichts Neues
       *[other] schon da, nichts Neues
    }
import-problem =
    { $count ->
        [one] nicht importierbar
       *[other] nicht importierbar
    }
import-notes = Zu dieser Datei
import-rows = Jeder Kontakt in der Datei
import-line = Zeile
import-name = Name
import-what = Was passiert
import-no-name-row = (ohne Namen)
import-row-new = Neuer Kunde
import-row-add-to = Zu { $name } hinzufügen
import-row-add-to-someone = Zu einem vorhandenen Kunden hinzufügen
import-row-here = Schon da
import-row-here-as = Schon da als { $name }
import-row-same-as = Wie { $name }
import-row-why = — { $reason }
import-row-why-adds = — { $reason }: { $changes }
import-row-adds = — { $changes }
import-more =
    { $count ->
        [one] …und { $count } weiterer, hier nicht aufgeführt. Er wird auch importiert.
       *[other] …und { $count } weitere, hier nicht aufgeführt. Sie werden auch importiert.
    }
import-problems-title = Nicht importierbar
import-problem-line = Zeile { $line }: { $message }
import-nothing-new = Nichts würde sich ändern: Alle in dieser Datei sind schon da.
import-nothing = In dieser Datei ist niemand, den Kindly importieren kann.
import-importing-label = Kontakte werden importiert
import-cancelled = Es wurde nichts importiert.
import-confirm = Importieren
import-confirm-count =
    { $count ->
        [one] { $count } Kontakt importieren
       *[other] { $count } Kontakte importieren
    }
import-importing = Wird importiert…

import-done = Fertig. { $parts }.
import-done-nothing = Fertig. Es musste nichts geändert werden.
import-done-created =
    { $count ->
        [one] { $count } neuer Kunde
       *[other] { $count } neue Kunden
    }
import-done-merged =
    { $count ->
        [one] { $count } aktualisiert
       *[other] { $count } aktualisiert
    }
import-done-skipped =
    { $count ->
        [one] { $count } war schon da
       *[other] { $count } waren schon da
    }
import-done-left-out =
    { $count ->
        [one] { $count } nicht importierbar
       *[other] { $count } nicht importierbar
    }

import-drop-hint = Ziehen Sie eine Kontaktdatei (.vcf oder .csv) hierher, um sie zu importieren
import-drop-more = Sie sehen, was passieren würde, bevor sich etwas ändert.
import-drop-busy = Kindly importiert gerade eine andere Datei: Ziehen Sie „{ $file }“ noch einmal hierher, wenn das fertig ist.
import-drop-dismiss = Schließen
