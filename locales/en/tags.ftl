# The Tags screen (ui/src/lib/tags): every tag with its count; rename, merge, delete from everyone, with Undo.
# $tag, $from, $to and $into are tags as customers carry them; $count is a number of customers.

tags-title = Tags
tags-intro = Every tag on your customers, with how many carry it. Rename a tag, merge two into one, or take one off everyone: each is one step, and it can be undone.
tags-filter = Find a tag
tags-filter-placeholder = e.g. wedding
tags-loading = Reading the tags…
tags-none = No customer has a tag yet.
tags-none-next = Add tags on a customer’s page (“regular”, “wedding”), then tidy them here.
tags-none-match = No tag matches “{ $text }”.
tags-shown = { $count ->
    [one] 1 tag
   *[other] { $count } tags
}
tags-col-tag = Tag
tags-col-customers = Customers
tags-col-actions = What to do
tags-open-customers = { $count ->
    [one] Show the customer tagged “{ $tag }”
   *[other] Show the { $count } customers tagged “{ $tag }”
}
tags-rename = Rename
tags-rename-label = New name for “{ $tag }”
tags-rename-into = “{ $into }” is already a tag: saving merges “{ $tag }” into it.
tags-rename-save = Rename
tags-rename-merge = Merge
tags-merge = Merge into…
tags-merge-label = Merge “{ $tag }” into
tags-merge-pick = Choose a tag
tags-merge-note = Everyone tagged “{ $from }” will be tagged “{ $into }” instead.
tags-merge-go = Merge
tags-delete = Delete from everyone
tags-delete-confirm = { $count ->
    [one] Take “{ $tag }” off 1 customer?
   *[other] Take “{ $tag }” off all { $count } customers?
}
tags-delete-go = Delete from everyone
tags-cancel = Cancel
tags-actions-for = What to do with “{ $tag }”
tags-progress = Changing a tag
tags-renamed = { $count ->
    [one] Renamed “{ $from }” to “{ $to }” on 1 customer.
   *[other] Renamed “{ $from }” to “{ $to }” on { $count } customers.
}
tags-merged = { $count ->
    [one] Merged “{ $from }” into “{ $into }” on 1 customer.
   *[other] Merged “{ $from }” into “{ $into }” on { $count } customers.
}
tags-deleted = { $count ->
    [one] Took “{ $tag }” off 1 customer.
   *[other] Took “{ $tag }” off { $count } customers.
}
tags-undo = Undo
tags-undone = Undone. The tags are as they were before.
