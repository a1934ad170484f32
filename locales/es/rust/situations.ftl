# Las palabras de una situación que escribe Rust (use_cases/situations/telling.rs).

situations-told = Avisado de «{ $title }».
situations-told-what = Avisado de «{ $title }»: { $what }

situations-message-greeting = Hola, { $name }:
situations-message-update = Novedades sobre { $title }: { $update }
situations-message-doing = Lo que estamos haciendo: { $what }
situations-message-fixed-by = Esperamos que quede resuelto para el { $day }.
situations-message-closing = Le mantendremos al tanto. Disculpe las molestias.

situations-check-in-note = ¿Qué tal todo desde «{ $title }»?
situations-sorry-card-note = Una tarjeta para disculparnos por «{ $title }»
