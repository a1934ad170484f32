# Ajustes › Apariencia (ui/src/lib/appearance).

appearance-title = Apariencia
appearance-hint = Se guarda en este ordenador, así cada ordenador puede tener la suya.
appearance-colours = Colores
appearance-theme-system = Igual que este ordenador
appearance-theme-light = Claro
appearance-theme-dark = Oscuro
appearance-text-size = Tamaño del texto
appearance-size-standard = Normal
appearance-size-large = Grande
appearance-size-larger = Más grande
appearance-language = Idioma
