# Réglages › Apparence (ui/src/lib/appearance).

appearance-title = Apparence
appearance-hint = Gardé sur cet ordinateur : chaque ordinateur peut avoir le sien.
appearance-colours = Couleurs
appearance-theme-system = Comme cet ordinateur
appearance-theme-light = Clair
appearance-theme-dark = Sombre
appearance-text-size = Taille du texte
appearance-size-standard = Normale
appearance-size-large = Grande
appearance-size-larger = Plus grande
appearance-language = Langue
