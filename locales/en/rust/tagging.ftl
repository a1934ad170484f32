# What the shell says when a tag change cannot be made as asked (src-tauri/src/commands/tags.rs).
# $max is the longest a tag may be, in characters.

tagging-missing = Write the tag.
tagging-one-line = A tag is one line of text.
tagging-too-long = A tag can be at most { $max } characters long.
tagging-rename-same = That is already the tag’s name.
tagging-merge-same = Pick another tag to merge into.
