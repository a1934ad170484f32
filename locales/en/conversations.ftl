# Logging a conversation, and the kinds of conversation (ui/src/lib/conversations).

conversations-call-in = Call in
conversations-call-out = Call out
conversations-visit = Visit
conversations-email = Email
conversations-message = Message
conversations-card-sent = Handwritten card sent
conversations-note = Note
# Said for a conversation of a kind this version does not know.
conversations-conversation = Conversation

conversations-log = Log a conversation
conversations-edit = Edit conversation
conversations-restored = Brought back what you typed earlier.
conversations-kind = Kind
conversations-when = When
conversations-when-bad = Please give the date and time, or leave it as it is for now.
conversations-who-spoke = Who spoke
conversations-what-said = What was said
conversations-what-said-hint = (in their words where you can)
conversations-summary-missing = Please write a few words about what was said.
conversations-how-they-seemed = How they seemed
conversations-about-issue = About an issue
conversations-card = A card to send
# $action is the name of the follow-up it adds ("Send a card").
conversations-card-hint = Adds “{ $action }” to Today, for whoever spoke to them.
# The note on the follow-up a card to send adds; it is saved with it.
conversations-card-note = Write the card
conversations-save = Save
conversations-saving = Saving…
conversations-cancel = Cancel
# After the keys Ctrl+Enter.
conversations-saves = saves
# After the key Esc.
conversations-cancels = cancels
