# Gemeinsame Teile der Formulare (ui/src/lib/forms): Eingaben verwerfen, Stimmungen, wenn jemand anderes zuerst gespeichert hat.

forms-cancel = Abbrechen
forms-optional = (optional)
forms-discard-title = Eingabe verwerfen?
forms-discard-keep = Weiterschreiben
forms-discard = Verwerfen
forms-discarding = Wird verworfen…
forms-discard-text = Was Sie in dieses Formular eingegeben haben, ist nicht gespeichert. Einmal verworfen, lässt es sich nicht zurückholen.

forms-mood-upset = Verärgert
forms-mood-worried = Besorgt
forms-mood-neutral = Neutral
forms-mood-pleased = Zufrieden
forms-mood-delighted = Begeistert

forms-someone-else = Jemand anderes
forms-when-weekday = am { $when }
forms-when-date = am { $when }
forms-keep-mine = Meine behalten
forms-use-theirs = Die von { $name }
forms-use-theirs-unknown = Die andere nehmen
forms-left-empty = (leer gelassen)
forms-clash-cleared = { $who } hat { $when } { $subject } geleert;
forms-clash-changed-to = { $who } hat { $when } { $subject } auf { $theirs } geändert;
forms-clash-changed = { $who } hat { $when } { $subject } geändert;
forms-clash-you-cleared = Sie haben das Feld geleert.
forms-clash-you-wrote = Sie haben { $mine } geschrieben.
forms-clash-you-changed = Sie haben das Feld ebenfalls geändert.
forms-taken =
    { $who } hat außerdem { $fields } geändert; { $count ->
        [one] das steht
       *[other] das alles steht
    } jetzt im Formular.
forms-overtaken-heading = { $who } hat { $when } eine Änderung an { $what } gespeichert, während Sie Ihre gemacht haben.
forms-overtaken-advice-none = Nichts von Ihrer Eingabe ist verloren, und von der anderen Änderung wurde nichts überschrieben. Speichern Sie erneut, um beides zu behalten.
forms-overtaken-advice =
    Nichts von Ihrer Eingabe ist verloren. Sie haben beide { $count ->
        [one] dasselbe Feld
       *[other] dieselben { $count } Felder
    } geändert: Wählen Sie, was bleiben soll, und speichern Sie erneut.
forms-choices-pending =
    Wählen Sie „{ $keep }“ oder „{ $use }“ für { $count ->
        [one] das Feld
       *[other] die { $count } Felder
    } oben und speichern Sie dann.

forms-retry-typed = Nichts von Ihrer Eingabe ist verloren. Drücken Sie „{ $button }“, um Ihre Änderung jetzt vorzunehmen.
forms-retry = Ihre Änderung ist noch nicht gemacht. Drücken Sie „{ $button }“, um sie jetzt vorzunehmen.
forms-nothing-left-typed = Ihre Eingabe ist noch da: Kopieren Sie sie, wenn Sie sie behalten möchten, und schließen Sie dann das Formular.
forms-nothing-left = Hier ist nichts mehr zu tun.
forms-issue-changed = { $who } hat dieses Anliegen { $when } geändert.
forms-issue-reopened = { $who } hat dieses Anliegen { $when } wieder geöffnet.
forms-issue-moved = { $who } hat dieses Anliegen { $when } auf „{ $state }“ gesetzt.
forms-issue-already = Es steht bereits auf „{ $state }“.
forms-issue-cannot-move = Von „{ $from }“ lässt es sich nicht auf „{ $to }“ setzen.
forms-promise-settled =
    { $who } hat diese Zusage { $when } bereits als { $state ->
        [kept] eingehalten
       *[broken] nicht eingehalten
    } markiert.
forms-promise-settled-already = Sie ist schon abgeschlossen.
forms-promise-new-date = { $who } hat { $when } ein neues Datum für diese Zusage vereinbart: Sie ist jetzt fällig { $due }.
forms-promise-changed = { $who } hat diese Zusage { $when } geändert.
forms-followup-done = { $who } hat diese Wiedervorlage { $when } bereits erledigt.
forms-followup-ended = { $who } hat diese Wiedervorlage { $when } bereits erledigt; sie kommt nicht wieder.
forms-followup-dealt = { $who } hat diese { $when } bereits erledigt. Nächstes Mal: { $next }.
forms-followup-put-off = { $who } hat diese Wiedervorlage { $when } verschoben: { $due }.
forms-followup-given = { $who } hat diese Wiedervorlage { $when } an { $to } übergeben.
forms-followup-changed = { $who } hat diese Wiedervorlage { $when } geändert.
forms-situation-closed = { $who } hat diesen Vorfall { $when } bereits abgeschlossen.
forms-situation-changed = { $who } hat diesen Vorfall { $when } geändert.
forms-copy-typed = Meine Eingabe kopieren
forms-copied = Kopiert. Fügen Sie es ein, wo Sie es aufbewahren möchten.
forms-not-copied = Kopieren geht hier nicht: Markieren Sie den Text im Formular und kopieren Sie ihn.
