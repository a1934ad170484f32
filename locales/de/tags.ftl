# Der Bildschirm Schlagwörter (ui/src/lib/tags): jedes Schlagwort mit seiner Anzahl; umbenennen, zusammenführen, bei allen entfernen, mit Rückgängig.
# $tag, $from, $to und $into sind Schlagwörter, wie Kunden sie tragen; $count ist eine Anzahl Kunden.

tags-title = Schlagwörter
tags-intro = Jedes Schlagwort Ihrer Kunden und wie viele es tragen. Benennen Sie ein Schlagwort um, führen Sie zwei zusammen oder entfernen Sie eines bei allen: Jede Änderung geschieht in einem Schritt und lässt sich rückgängig machen.
tags-filter = Schlagwort suchen
tags-filter-placeholder = z. B. Hochzeit
tags-loading = Schlagwörter werden gelesen…
tags-none = Noch kein Kunde hat ein Schlagwort.
tags-none-next = Vergeben Sie Schlagwörter auf der Seite eines Kunden („Stammkunde“, „Hochzeit“) und räumen Sie sie hier auf.
tags-none-match = Kein Schlagwort passt zu „{ $text }“.
tags-shown = { $count ->
    [one] { $count } Schlagwort
   *[other] { $count } Schlagwörter
}
tags-col-tag = Schlagwort
tags-col-customers = Kunden
tags-col-actions = Aktionen
tags-open-customers = { $count ->
    [one] Den Kunden mit „{ $tag }“ zeigen
   *[other] Die { $count } Kunden mit „{ $tag }“ zeigen
}
tags-rename = Umbenennen
tags-rename-label = Neuer Name für „{ $tag }“
tags-rename-into = „{ $into }“ gibt es schon: Beim Speichern wird „{ $tag }“ damit zusammengeführt.
tags-rename-save = Umbenennen
tags-rename-merge = Zusammenführen
tags-merge = Zusammenführen mit…
tags-merge-label = „{ $tag }“ zusammenführen mit
tags-merge-pick = Schlagwort wählen
tags-merge-note = Alle Kunden mit „{ $from }“ bekommen stattdessen „{ $into }“.
tags-merge-go = Zusammenführen
tags-delete = Bei allen entfernen
tags-delete-confirm = { $count ->
    [one] „{ $tag }“ bei { $count } Kunden entfernen?
   *[other] „{ $tag }“ bei allen { $count } Kunden entfernen?
}
tags-delete-go = Bei allen entfernen
tags-cancel = Abbrechen
tags-actions-for = Was mit „{ $tag }“ geschehen soll
tags-progress = Schlagwort wird geändert
tags-renamed = { $count ->
    [one] „{ $from }“ heißt jetzt „{ $to }“, bei { $count } Kunden.
   *[other] „{ $from }“ heißt jetzt „{ $to }“, bei { $count } Kunden.
}
tags-merged = { $count ->
    [one] „{ $from }“ mit „{ $into }“ zusammengeführt, bei { $count } Kunden.
   *[other] „{ $from }“ mit „{ $into }“ zusammengeführt, bei { $count } Kunden.
}
tags-deleted = { $count ->
    [one] „{ $tag }“ bei { $count } Kunden entfernt.
   *[other] „{ $tag }“ bei { $count } Kunden entfernt.
}
tags-undo = Rückgängig
tags-undone = Rückgängig gemacht. Die Schlagwörter sind wieder wie vorher.
