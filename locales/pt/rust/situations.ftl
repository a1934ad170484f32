# As palavras de uma situação escritas pelo Rust (use_cases/situations/telling.rs).

situations-told = Avisado sobre «{ $title }».
situations-told-what = Avisado sobre «{ $title }»: { $what }

situations-message-greeting = Olá, { $name },
situations-message-update = Novidades sobre { $title }: { $update }
situations-message-doing = O que estamos a fazer: { $what }
situations-message-fixed-by = Esperamos que fique resolvido até { $day }.
situations-message-closing = Daremos notícias em breve. Pedimos desculpa pelo incómodo.

situations-check-in-note = Como estão as coisas desde «{ $title }»?
situations-sorry-card-note = Um postal a pedir desculpa por «{ $title }»
