# Die Wörter einer Lage, die Rust schreibt (use_cases/situations/telling.rs).

situations-told = Informiert über „{ $title }“.
situations-told-what = Informiert über „{ $title }“: { $what }

situations-message-greeting = Hallo { $name },
situations-message-update = Neuigkeiten zu { $title }: { $update }
situations-message-doing = Was wir tun: { $what }
situations-message-fixed-by = Wir rechnen damit, dass es bis { $day } behoben ist.
situations-message-closing = Wir halten Sie auf dem Laufenden. Bitte entschuldigen Sie die Unannehmlichkeiten.

situations-check-in-note = Wie geht es seit „{ $title }“?
situations-sorry-card-note = Eine Karte, um uns für „{ $title }“ zu entschuldigen
