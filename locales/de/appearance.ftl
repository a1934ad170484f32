# Einstellungen › Darstellung (ui/src/lib/appearance).

appearance-title = Darstellung
appearance-hint = Wird auf diesem Computer gespeichert, so kann jeder Computer seine eigene haben.
appearance-colours = Farben
appearance-theme-system = Wie dieser Computer
appearance-theme-light = Hell
appearance-theme-dark = Dunkel
appearance-text-size = Textgröße
appearance-size-standard = Normal
appearance-size-large = Groß
appearance-size-larger = Größer
appearance-language = Sprache
