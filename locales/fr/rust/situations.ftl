# Les mots d’une situation écrits côté Rust (use_cases/situations/telling.rs).

situations-told = Prévenu de « { $title } ».
situations-told-what = Prévenu de « { $title } » : { $what }

situations-message-greeting = Bonjour { $name },
situations-message-update = Du nouveau concernant { $title } : { $update }
situations-message-doing = Ce que nous faisons : { $what }
situations-message-fixed-by = Nous pensons que ce sera réglé d’ici { $day }.
situations-message-closing = Nous vous tiendrons au courant. Toutes nos excuses pour le désagrément.

situations-check-in-note = Comment ça va depuis « { $title } » ?
situations-sorry-card-note = Une carte pour s’excuser de « { $title } »
