# A situation's words that Rust writes (use_cases/situations/telling.rs).

# The line on a customer's timeline when they were told. $title is the situation's title.
situations-told = Told about "{ $title }".
# $what is the latest update, or what happened.
situations-told-what = Told about "{ $title }": { $what }

# The message drafted for each affected customer, in their own language. $name is the name they go by.
situations-message-greeting = Hi { $name },
situations-message-update = An update on { $title }: { $update }
situations-message-doing = What we are doing: { $what }
# $day is written like "Thursday 3 December".
situations-message-fixed-by = We expect it to be fixed by { $day }.
situations-message-closing = We will keep you posted. Sorry for the trouble.

# The notes of the follow-ups a situation's closing adds for each customer.
situations-check-in-note = How are things since "{ $title }"?
situations-sorry-card-note = A card to say sorry about "{ $title }"
