# Trash (ui/src/lib/trash).

trash-title = Trash
trash-intro = Customers here are hidden from lookup. Restore anyone or anything you still need.
trash-empty-button = Empty Trash…
trash-empty = Trash is empty.
trash-empty-next = Customers and notes you move to Trash wait here, so you can bring them back if it was a mistake.
trash-customers = Customers
trash-history = Notes and history
trash-history-label = Notes and history in Trash
trash-restore = Restore
# $when is "today at 14:05" or "yesterday at 09:30".
trash-moved-day = Moved to Trash { $when }
# $date is "3 March 2025".
trash-moved-date = Moved to Trash { $date }
# A trashed entry's kind: $kind is conversation, issue, promise or follow_up.
trash-kind =
    { $kind ->
        [conversation] Conversation
        [issue] Issue
        [promise] Promise
       *[follow_up] Follow-up
    }
# $title is the entry's title as written; $name the customer's name.
trash-entry-back =
    { $kind ->
        [conversation] Conversation “{ $title }” is back on { $name }’s page.
        [issue] Issue “{ $title }” is back on { $name }’s page.
        [promise] Promise “{ $title }” is back on { $name }’s page.
       *[follow_up] Follow-up “{ $title }” is back on { $name }’s page.
    }
trash-entry-back-untitled =
    { $kind ->
        [conversation] The conversation is back on { $name }’s page.
        [issue] The issue is back on { $name }’s page.
        [promise] The promise is back on { $name }’s page.
       *[follow_up] The follow-up is back on { $name }’s page.
    }
trash-customer-back = { $name } is back in your notebook.
trash-emptied-all = Everything in Trash was deleted for good.
trash-emptied =
    { $count ->
        [one] { $count } customer
       *[other] { $count } customers
    } deleted for good.

# Emptying Trash.
trash-customers-count =
    { $count ->
        [one] { $count } customer
       *[other] { $count } customers
    }
trash-entries =
    { $count ->
        [one] { $count } history entry
       *[other] { $count } history entries
    }
# $customers is "2 customers", $entries "1 history entry".
trash-what-both = { $customers } and { $entries }
# $what is "2 customers", "1 history entry" or both.
trash-confirm-title = Delete { $what } forever?
trash-confirm = Delete { $what } forever
trash-keep = Keep them
trash-deleting = Deleting…
trash-confirm-customers =
    { $count ->
        [one] The customer in Trash will be deleted for good, with everything noted about them.
       *[other] All { $count } customers in Trash will be deleted for good, with everything noted about them.
    }
trash-confirm-entries =
    { $count ->
        [one] The conversation, issue or promise in Trash will be deleted for good.
       *[other] All { $count } conversations, issues and promises in Trash will be deleted for good.
    }
trash-cannot-undo = This cannot be undone.
