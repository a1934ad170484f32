# Änderungen an vielen Kunden auf einmal und das Aufräumen der Schlagwörter (use_cases/lists/bulk.rs, tags.rs).

bulk-type-a-tag = Geben Sie das Schlagwort ein.
bulk-not-on-staff = { $name } steht nicht auf der Mitarbeiterliste. Fügen Sie die Person zuerst in den Einstellungen hinzu, oder wählen Sie jemanden von der Liste.
bulk-label-what-to-do = „Was zu tun ist“
bulk-say-what-to-do = Sagen Sie, was zu tun ist, etwa „Anrufen und nachfragen“.
bulk-spread-between = Verteilen Sie die Wiedervorlagen auf 1 bis { $max } Tage.
bulk-start-within = Wählen Sie einen ersten Tag ab heute, mit allen Wiedervorlagen innerhalb von { $max } Tagen.
bulk-already-undone = Diese Änderung wurde schon rückgängig gemacht.
bulk-merge-two-different = Wählen Sie zwei verschiedene Schlagwörter zum Zusammenführen.
