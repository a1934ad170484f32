# The Customers screen: the list of everyone, its filters, saved lists and changes to many at once (ui/src/lib/lists).
# In counts, $count is the number (it picks the plural form) and $n the same number as written ("2000", "12,000").

lists-title = Customers
lists-side-label = Lists
lists-all = All customers
lists-saved-count =
    { $count ->
        [one] { $n } customer
       *[other] { $n } customers
    }
lists-search = Narrow the list
lists-search-placeholder = Part of a name or company
lists-filters = Filters
lists-filters-count = Filters ({ $count })
lists-clear = Clear filters
lists-remove-filter = Remove the filter: { $what }
lists-count =
    { $count ->
        [one] { $n } customer
       *[other] { $n } customers
    }
lists-loading = Loading…
lists-none = No customers match these filters.
lists-empty = No customers yet.
lists-load-more = Show more
lists-let-go = Rows further up were put away to keep the window quick.
lists-back-to-top = Back to the top
lists-changed-elsewhere = Customers were changed at another desk.
lists-refresh = Show the list again

# Column heads.
lists-col-name = Name
lists-col-company = Company
lists-col-tags = Tags
lists-col-looked-after = Looked after by
lists-col-last-contact = Last contact
lists-col-open-issues = Open issues
lists-col-next-follow-up = Next follow-up
lists-nobody = Nobody yet
lists-never = Never
lists-tick-row = Tick { $name }
lists-tick-page = Tick every customer shown
lists-drifting = Drifting out of touch
lists-out-of-touch = Out of touch
lists-sample = Sample

# The filter panel. $name is a person, a tag, a language or an import's file; $date a date.
lists-filter-tag = Tag
lists-filter-tag-add = Add the tag
lists-filter-looked-after = Looked after by
lists-filter-anyone = Anyone
lists-filter-nobody = Nobody yet
lists-filter-open-issue = Has an open issue
lists-filter-category = Of the kind
lists-filter-any-category = Any kind
lists-filter-promise-overdue = A promise is overdue
lists-filter-touch = Staying in touch
lists-filter-touch-any = Any
lists-filter-drifting = Drifting (amber or red)
lists-filter-out-of-touch = Out of touch (red)
lists-filter-not-contacted = Not contacted since
lists-filter-birthday = Birthday this month
lists-filter-added-since = Added since
lists-filter-language = Language
lists-filter-any-language = Any language
lists-filter-no-language = None recorded
lists-filter-situation = In the situation
lists-filter-any-situation = Any or none
lists-filter-import = Added by the import
lists-filter-any-import = Any or none
lists-import-choice = { $name } ({ $date })
lists-filter-done = Done

# The chips of the filters in use.
lists-chip-text = Name: “{ $text }”
lists-chip-tag = Tag: { $name }
lists-chip-looked-after = Looked after by { $name }
lists-chip-nobody = Nobody looks after them
lists-chip-open-issue = Open issue
lists-chip-category = Open issue: { $name }
lists-chip-promise-overdue = Promise overdue
lists-chip-drifting = Drifting
lists-chip-out-of-touch = Out of touch
lists-chip-in-touch = In touch
lists-chip-not-contacted = Not contacted since { $date }
lists-chip-birthday = Birthday this month
lists-chip-added-since = Added since { $date }
lists-chip-language = Language: { $name }
lists-chip-no-language = No language recorded
lists-chip-situation = In “{ $name }”
lists-chip-import = From { $name }
lists-chip-picked =
    { $count ->
        [one] { $n } chosen customer
       *[other] { $n } chosen customers
    }

# Saved lists. $name is the list's name.
lists-save = Save this list…
lists-save-title = Save this list
lists-save-name = Name
lists-save-name-example = e.g. Wedding clients not seen since summer
lists-save-confirm = Save
lists-update = Keep these filters in “{ $name }”
lists-saving = Saving…
lists-saved = Saved “{ $name }”.
lists-rename = Rename…
lists-rename-title = Rename “{ $name }”
lists-rename-confirm = Rename
lists-delete = Delete
lists-deleted = Deleted “{ $name }”.
lists-undo = Undo
lists-restored = “{ $name }” is back.

# Ticking and changes to many at once.
lists-ticked =
    { $count ->
        [one] { $n } ticked
       *[other] { $n } ticked
    }
lists-select-all =
    { $count ->
        [one] Select the { $n } customer that matches
       *[other] Select all { $n } that match
    }
lists-all-selected =
    { $count ->
        [one] The { $n } customer that matches is selected.
       *[other] All { $n } customers that match are selected.
    }
# All that match selected, less some unticked afterwards ($count/$n: how many are selected; $total: how many match).
lists-all-but-selected =
    { $count ->
        [one] { $n } of the { $total } that match is selected.
       *[other] { $n } of the { $total } that match are selected.
    }
lists-untick-all = Untick all
lists-bulk-label = Change the ticked customers
lists-bulk-add-tag = Add tag
lists-bulk-remove-tag = Remove tag
lists-bulk-looked-after = Set who looks after them
lists-bulk-follow-up = Add a follow-up for each
lists-bulk-situation = Add to a situation
lists-bulk-export = Export
lists-bulk-trash = Move to Trash

# The dialogs: their title, fields and confirm button.
lists-dialog-add-tag = Add a tag
lists-dialog-remove-tag = Remove a tag
lists-dialog-looked-after = Who looks after them
lists-dialog-follow-up = A follow-up for each
lists-dialog-situation = Add to a situation
lists-dialog-export = Export the ticked customers
lists-dialog-trash = Move to Trash
lists-field-tag = Tag
lists-field-person = Looked after by
lists-field-person-hint = Leave empty for nobody.
lists-field-action = What to do
lists-field-action-example = Call to check in
lists-field-first-day = First day
lists-field-spread = Spread over
lists-field-spread-days =
    { $count ->
        [one] day
       *[other] days
    }
lists-field-assignee = Who does them
lists-field-assignee-hint = Leave empty: each customer’s own person.
lists-field-situation = Situation
lists-field-format = Format
lists-format-vcard = vCard (for phones and mail programs)
lists-format-csv = Spreadsheet (CSV)
lists-confirm-add-tag = Add the tag
lists-confirm-remove-tag = Remove the tag
lists-confirm-looked-after = Set
lists-confirm-follow-up = Add the follow-ups
lists-confirm-situation = Add them
lists-confirm-export = Export…
lists-confirm-trash = Move to Trash
lists-working = Working…
lists-previewing = Counting…
lists-no-situations = No open situations.

# What a change would do ($count/$n: how many it changes; $tag a tag, $name a person, $title a situation).
lists-preview-add-tag =
    { $count ->
        [one] This adds “{ $tag }” to { $n } customer.
       *[other] This adds “{ $tag }” to { $n } customers.
    }
lists-preview-add-tag-same =
    { $count ->
        [one] { $n } already has it.
       *[other] { $n } already have it.
    }
lists-preview-remove-tag =
    { $count ->
        [one] This takes “{ $tag }” off { $n } customer.
       *[other] This takes “{ $tag }” off { $n } customers.
    }
lists-preview-remove-tag-same =
    { $count ->
        [one] { $n } does not have it.
       *[other] { $n } do not have it.
    }
lists-preview-looked-after =
    { $count ->
        [one] { $name } will look after { $n } customer.
       *[other] { $name } will look after { $n } customers.
    }
lists-preview-nobody =
    { $count ->
        [one] { $n } customer will have nobody looking after them.
       *[other] { $n } customers will have nobody looking after them.
    }
lists-preview-follow-up =
    { $count ->
        [one] This adds a follow-up for { $n } customer.
       *[other] This adds a follow-up for each of { $n } customers.
    }
lists-preview-situation =
    { $count ->
        [one] This adds { $n } customer to “{ $title }”.
       *[other] This adds { $n } customers to “{ $title }”.
    }
lists-preview-trash =
    { $count ->
        [one] This moves { $n } customer to Trash.
       *[other] This moves { $n } customers to Trash.
    }
lists-preview-export =
    { $count ->
        [one] { $n } customer will be saved in the file.
       *[other] { $n } customers will be saved in the file.
    }
lists-preview-same =
    { $count ->
        [one] { $n } is already so and stays as it is.
       *[other] { $n } are already so and stay as they are.
    }
lists-preview-undo = You can undo it afterwards.

# What was done, on the Undo bar.
lists-done-add-tag =
    { $count ->
        [one] Added “{ $tag }” to { $n } customer
       *[other] Added “{ $tag }” to { $n } customers
    }
lists-done-remove-tag =
    { $count ->
        [one] Took “{ $tag }” off { $n } customer
       *[other] Took “{ $tag }” off { $n } customers
    }
lists-done-looked-after =
    { $count ->
        [one] { $name } now looks after { $n } customer
       *[other] { $name } now looks after { $n } customers
    }
lists-done-nobody =
    { $count ->
        [one] Nobody looks after { $n } customer now
       *[other] Nobody looks after { $n } customers now
    }
lists-done-follow-up =
    { $count ->
        [one] Added a follow-up for { $n } customer
       *[other] Added a follow-up for { $n } customers
    }
lists-done-situation =
    { $count ->
        [one] Added { $n } customer to the situation
       *[other] Added { $n } customers to the situation
    }
lists-done-trash =
    { $count ->
        [one] Moved { $n } customer to Trash
       *[other] Moved { $n } customers to Trash
    }
lists-done-tags =
    { $count ->
        [one] Changed a tag on { $n } customer
       *[other] Changed a tag on { $n } customers
    }
lists-undone =
    { $count ->
        [one] Undone: { $n } customer is as before.
       *[other] Undone: { $n } customers are as before.
    }
lists-exported = Saved in { $folder }: { $file }
lists-export-cancelled = Nothing was saved.
