# Noter un échange, et les sortes d’échange (ui/src/lib/conversations).

conversations-call-in = Appel reçu
conversations-call-out = Appel passé
conversations-visit = Visite
conversations-email = E-mail
conversations-message = Message
conversations-card-sent = Carte manuscrite envoyée
conversations-note = Note
conversations-conversation = Échange

conversations-log = Noter un échange
conversations-edit = Modifier l’échange
conversations-restored = Voici ce que vous aviez tapé tout à l’heure.
conversations-kind = Type
conversations-when = Quand
conversations-when-bad = Indiquez la date et l’heure, ou laissez tel quel pour « maintenant ».
conversations-who-spoke = Qui a parlé
conversations-what-said = Ce qui s’est dit
conversations-what-said-hint = (avec ses mots, si possible)
conversations-summary-missing = Écrivez quelques mots sur ce qui s’est dit.
conversations-how-they-seemed = Son humeur
conversations-about-issue = À propos d’une demande
conversations-card = Une carte à envoyer
conversations-card-hint = Ajoute « { $action } » à Aujourd’hui, pour la personne qui a parlé.
conversations-card-note = Écrire la carte
conversations-save = Enregistrer
conversations-saving = Enregistrement…
conversations-cancel = Annuler
conversations-saves = enregistre
conversations-cancels = annule
