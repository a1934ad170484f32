# Definições › Aspeto (ui/src/lib/appearance).

appearance-title = Aspeto
appearance-hint = Guardado neste computador, para que cada computador tenha o seu.
appearance-colours = Cores
appearance-theme-system = Igual a este computador
appearance-theme-light = Claro
appearance-theme-dark = Escuro
appearance-text-size = Tamanho do texto
appearance-size-standard = Normal
appearance-size-large = Grande
appearance-size-larger = Maior
appearance-language = Idioma
