# Settings › Appearance (ui/src/lib/appearance).

appearance-title = Appearance
appearance-hint = Kept on this computer, so each computer can have its own.
appearance-colours = Colours
appearance-theme-system = Same as this computer
appearance-theme-light = Light
appearance-theme-dark = Dark
appearance-text-size = Text size
appearance-size-standard = Standard
appearance-size-large = Large
appearance-size-larger = Larger
appearance-language = Language
